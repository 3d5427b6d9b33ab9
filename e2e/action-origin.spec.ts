import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";
import {
  ARTICLE_ACTIONS,
  actionId,
  callAction,
  callFormAction,
  currentArticle,
  sessionCookie,
} from "./support/desk-actions";

// A page on another site that makes a signed-in editor's browser call a desk action is refused
// with 403, not a server error, and nothing changes.
const FOREIGN = "https://evil.example";
const SECTION_ACTIONS = "app/admin/(desk)/sections/actions.ts";

function one<T>(sql: string, ...args: unknown[]): T | undefined {
  const db = e2eDb();
  try {
    return db.prepare(sql).get(...args) as T | undefined;
  } finally {
    db.close();
  }
}

test("a save sent from another site is refused with 403 and saves nothing", async ({ baseURL }) => {
  const editor = sessionCookie("editor");
  const { id } = one<{ id: string }>("SELECT id FROM Article WHERE status = 'DRAFT' AND deletedAt IS NULL LIMIT 1")!;
  const before = one("SELECT title, version, body FROM Article WHERE id = ?", id);
  const current = await currentArticle(baseURL!, editor, id, process.env.E2E_DB_FILE!);
  const answer = await callAction(
    baseURL!,
    `/admin/articles/${id}`,
    actionId(ARTICLE_ACTIONS, "saveArticleAction"),
    [{ id, baseVersion: current.version, fields: { ...current.fields, title: "Planted from elsewhere" } }],
    editor,
    FOREIGN,
  );
  expect(answer.status).toBe(403);
  expect(answer.text).toBe("Forbidden: this action was sent from another site.");
  expect(one("SELECT title, version, body FROM Article WHERE id = ?", id)).toEqual(before);
});

test("a form posted from another site is refused with 403 and creates nothing", async ({ baseURL }) => {
  const answer = await callFormAction(
    baseURL!,
    "/admin/sections",
    actionId(SECTION_ACTIONS, "createSectionAction"),
    { name: "Planted", slug: "planted-from-elsewhere", description: "" },
    sessionCookie("admin"),
    FOREIGN,
  );
  expect(answer.status).toBe(403);
  expect(one("SELECT id FROM Section WHERE slug = 'planted-from-elsewhere'")).toBeUndefined();
});
