import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The matrix stays complete: every server action in the build, and every route handler that is not
// a public read-only page, is called by one of the authorisation-matrix specs. A new action or
// route fails here until it has its row; an action defined other than through defineAction (which
// checks the session and applies the access rule) fails here too.

const specs = readdirSync("e2e")
  .filter((f) => f.startsWith("authorisation-matrix-") && f !== path.basename(__filename))
  .map((f) => readFileSync(path.join("e2e", f), "utf8"))
  .join("\n");

// Public, read-only routes readers and crawlers use: nothing in them depends on a session.
const PUBLIC_READS = [
  "app/(site)/[section]/[slug]/images/[ratio]/route.ts",
  "app/(site)/[section]/feed.xml/route.ts",
  "app/(site)/author/[slug]/feed.xml/route.ts",
  "app/(site)/corrections/feed.xml/route.ts",
  "app/(site)/tag/[slug]/feed.xml/route.ts",
  "app/api/health/route.ts",
  "app/feed.xml/route.ts",
  "app/logo.png/route.ts",
  "app/media/[...path]/route.ts",
  "app/news-sitemap.xml/route.ts",
  "app/sitemap.xml/route.ts",
  "app/sitemaps/[file]/route.ts",
];

function routes(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routes(full) : entry.name === "route.ts" ? [full.split(path.sep).join("/")] : [];
  });
}

test("every server action in the build is called by the matrix", () => {
  const manifest = JSON.parse(
    readFileSync(
      path.join(process.env.E2E_DIST_DIR || ".next-e2e", "server", "server-reference-manifest.json"),
      "utf8",
    ),
  ) as {
    node: Record<string, { exportedName?: string }>;
  };
  const names = [...new Set(Object.values(manifest.node).map((e) => e.exportedName!))].sort();
  expect(names.length).toBeGreaterThan(30);
  expect(names.filter((name) => !specs.includes(`"${name}"`))).toEqual([]);
});

// The two forms that run before anyone can sign in; every other action checks the session.
const PUBLIC_FORMS = ["app/admin/setup/actions.ts", "app/admin/reset/[token]/actions.ts"];

test("every server action in the build is defined through defineAction", () => {
  const manifest = JSON.parse(
    readFileSync(
      path.join(process.env.E2E_DIST_DIR || ".next-e2e", "server", "server-reference-manifest.json"),
      "utf8",
    ),
  ) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entries = Object.values(manifest.node);
  expect(entries.length).toBeGreaterThan(30);
  const undefinedActions = entries.filter(({ exportedName, filename }) => {
    const file = filename ?? "";
    const wrapper = PUBLIC_FORMS.includes(file) ? "definePublicAction" : "defineAction";
    return !readFileSync(file, "utf8").includes(`export const ${exportedName} = ${wrapper}(`);
  });
  expect(undefinedActions.map((e) => `${e.filename}: ${e.exportedName}`)).toEqual([]);
});

test("every route handler but the public read-only ones is called by the matrix", () => {
  const uncovered = routes("app")
    .filter((file) => !PUBLIC_READS.includes(file))
    .map((file) =>
      file
        .replace(/^app/, "")
        .replace(/\/route\.ts$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\/\[[^\]]+\]$/, "/"),
    )
    .filter((route) => !specs.includes(route));
  expect(uncovered).toEqual([]);
});
