import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import sharp from "sharp";
import type { Role } from "@/lib/auth/permissions";
import { actionId, actionResult, callAction, sessionCookie } from "./desk-actions";
import { people, type Person } from "./desk";

// Helpers for the authorisation matrix (e2e/authorisation-matrix.spec.ts): every server action
// called over HTTP, as a form posts it or as the editor calls it, by each desk role and by nobody.

export type Caller = Person | null;
export const CALLERS: Caller[] = [null, "contributor", "author", "editor", "admin"];
export const label = (who: Caller) => who ?? "no session";

/** One value for this run: reruns against the same database never meet an earlier run's rows. */
export const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

function sqlite() {
  return new Database(process.env.E2E_DB_FILE!, { readonly: true, fileMustExist: true });
}

export function one<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = sqlite();
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

export function count(sql: string, ...params: unknown[]): number {
  return one<{ n: number }>(sql, ...params)!.n;
}

/** A suite account as the permission functions see it. */
export function deskUser(who: Person): { id: string; role: Role } {
  return {
    id: one<{ id: string }>("SELECT id FROM User WHERE email = ?", people[who].email)!.id,
    role: people[who].role,
  };
}

export const cookieOf = (who: Caller) => (who ? sessionCookie(who) : undefined);

export type Outcome = {
  status: number;
  redirect: string | null;
  result: { ok?: boolean; message?: string; kind?: string; data?: { link?: string } } & Record<string, unknown>;
};

/** Allowed and done: the action answered ok, or redirected to where it leads after success. */
export const succeeded = (o: Outcome) => o.redirect !== null || o.result.ok === true;

function outcome(status: number, redirect: string | null, text: string): Outcome {
  if (redirect !== null) return { status, redirect, result: {} };
  return { status, redirect, result: actionResult(text) as Outcome["result"] };
}

type Manifest = {
  node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
};

/**
 * The address of a page that uses the action, as the browser would post to it: its route with
 * `param` in place of the dynamic segment (the id the page is about).
 */
function actionPage(file: string, name: string, param: string): string {
  const dir = process.env.E2E_DIST_DIR || ".next-e2e";
  const manifest = JSON.parse(
    readFileSync(path.join(dir, "server", "server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  const entry = Object.values(manifest.node).find((e) => e.exportedName === name && (e.filename ?? "").endsWith(file));
  const worker = Object.keys(entry?.workers ?? {})[0];
  if (!worker) throw new Error(`No page uses ${name} in ${file}`);
  return worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\[[^\]]+\]/, encodeURIComponent(param));
}

/** A typed-argument call of an action, as the editor makes it. */
export async function call(
  baseUrl: string,
  file: string,
  name: string,
  arg: unknown,
  cookie?: string,
  param = "x",
): Promise<Outcome> {
  const res = await callAction(baseUrl, actionPage(file, name, param), actionId(file, name), [arg], cookie);
  return outcome(res.status, null, res.text);
}

/**
 * A form action (`(previous, FormData)`), encoded as React sends one: the form's fields as parts
 * prefixed with the form's reference number, then the arguments as JSON in part "0".
 */
export async function submit(
  baseUrl: string,
  file: string,
  name: string,
  fields: Record<string, string>,
  cookie?: string,
  param = "x",
): Promise<Outcome> {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.set("0", JSON.stringify([{ ok: false, message: "" }, "$K1"]));
  const res = await fetch(`${baseUrl}${actionPage(file, name, param)}`, {
    method: "POST",
    headers: {
      "Next-Action": actionId(file, name),
      Accept: "text/x-component",
      Origin: baseUrl,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body,
    redirect: "manual",
  });
  const redirect = res.headers.get("x-action-redirect");
  return outcome(res.status, redirect ? redirect.split(";")[0]! : null, await res.text());
}

/** A small PNG no earlier upload has matched (the library folds identical pictures into one). */
export function uniquePng(): Promise<Buffer> {
  const byte = () => Math.floor(Math.random() * 256);
  return sharp({
    create: {
      width: 6 + Math.floor(Math.random() * 40),
      height: 6 + Math.floor(Math.random() * 40),
      channels: 3,
      background: { r: byte(), g: byte(), b: byte() },
    },
  })
    .png()
    .toBuffer();
}

export async function upload(baseUrl: string, path: string, name: string, cookie?: string) {
  const res = await fetch(`${baseUrl}${path}?name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { Origin: baseUrl, "Content-Type": "image/png", ...(cookie ? { Cookie: cookie } : {}) },
    body: new Uint8Array(await uniquePng()),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text.startsWith("{") ? (JSON.parse(text) as { item?: { id: string }; src?: string }) : {},
  };
}

/** Signs in over HTTP as the sign-in form does, returning the session's `Cookie` header. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; "), Origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("broadsheet.session="));
  if (!session) throw new Error(`No session for ${email}: ${res.status}`);
  return session;
}

/** A minimal editor document with one paragraph. */
export const paragraph = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});
