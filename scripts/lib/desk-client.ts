import { readFileSync } from "node:fs";
import path from "node:path";

// Calls the desk's server actions over HTTP exactly as the browser does (a POST with the action's
// id in `Next-Action` and its arguments as JSON, or as multipart form data for form actions), for
// tests that need many calls at once: the crash test, the load test, the injection test. Action
// ids come from the build's manifest.

const distDir = () => process.env.E2E_DIST_DIR || process.env.NEXT_DIST_DIR || ".next-e2e";

type Manifest = {
  node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
};

export function actionId(file: string, name: string, dir = distDir()): string {
  const manifest = JSON.parse(
    readFileSync(path.join(dir, "server", "server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === name && (entry.filename ?? "").endsWith(file)) return id;
  }
  throw new Error(`No server action ${name} in ${file}`);
}

/** Reads the action's return value out of the React Server Components answer. */
export function actionResult(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    // Not `.`: a JSON row may hold U+2028 and U+2029, which `.` does not match.
    const match = /^([0-9a-f]+):([\s\S]*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
  const ref = root?.a?.startsWith("$@") ? root.a.slice(2) : null;
  if (!ref || !rows.has(ref)) throw new Error(`Unexpected action answer: ${text.slice(0, 200)}`);
  return JSON.parse(rows.get(ref)!, (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("$$") ? value.slice(1) : value,
  );
}

/** React's reply format reads a string that starts with `$` as a reference; the client doubles the `$`. */
function escapeReply(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeReply);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeReply(v)]));
  return value;
}

export async function callAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  args: unknown[],
  cookie?: string,
  origin = baseUrl,
) {
  const res = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: origin,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: JSON.stringify(escapeReply(args)),
  });
  return { status: res.status, text: await res.text() };
}

/**
 * Calls a form action (`(previousState, formData)`, a form's call of a `defineAction` action) as React does: a
 * multipart body whose field `0` holds the arguments, the form's fields prefixed `_1_` and
 * referred to from the arguments as `$K1`.
 */
export async function callFormAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  fields: Record<string, string>,
  cookie?: string,
  origin = baseUrl,
) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify([{ ok: false, message: "" }, "$K1"]));
  const res = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: origin, ...(cookie ? { Cookie: cookie } : {}) },
    body,
    redirect: "manual",
  });
  return { status: res.status, text: await res.text() };
}

export const ARTICLE_ACTIONS = "app/admin/(desk)/articles/[id]/actions.ts";
