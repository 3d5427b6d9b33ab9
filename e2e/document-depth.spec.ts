import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";
import { ARTICLE_ACTIONS, actionId, actionResult, currentArticle, sessionCookie } from "./support/desk-actions";

// A body nested far past the limit is refused with a message the desk can show: never a server
// error, and nothing is saved. (Past about 1,700 levels the arguments of any server action
// overflow React's own decoding before the app sees them; that is not the body's check.)
const TOO_DEEP =
  "fields.body: The article body is nested too deeply: blocks may sit at most 20 levels inside one another.";

/**
 * A body whose text sits `levels` deep (the document, quotes, a paragraph, its text), written out
 * as JSON directly: the suite's own serialisers recurse and would overflow first.
 */
const quotes = (levels: number) =>
  `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(levels - 3)}{"type":"paragraph","content":[{"type":"text","text":"deep"}]}${"]}".repeat(levels - 3)}]}`;

/** Calls the save action as the desk does, with the body spliced into the arguments as JSON. */
async function save(baseUrl: string, cookie: string, id: string, version: number, fields: object, body: string) {
  const args = JSON.stringify([{ id, baseVersion: version, fields: { ...fields, body: "BODY" } }]);
  const res = await fetch(`${baseUrl}/admin/articles/${id}`, {
    method: "POST",
    headers: {
      "Next-Action": actionId(ARTICLE_ACTIONS, "saveArticleAction"),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: baseUrl,
      Cookie: cookie,
    },
    body: args.replace('"BODY"', body),
  });
  return { status: res.status, text: await res.text() };
}

function storedVersion(id: string): { version: number; body: string } {
  const db = e2eDb();
  try {
    return db.prepare("SELECT version, body FROM Article WHERE id = ?").get(id) as { version: number; body: string };
  } finally {
    db.close();
  }
}

test("saving a body 21 or 1,000 levels deep answers with the limit, and changes nothing", async ({ baseURL }) => {
  const editor = sessionCookie("editor");
  const db = e2eDb();
  const { id } = db
    .prepare("SELECT id FROM Article WHERE status = 'DRAFT' AND deletedAt IS NULL ORDER BY createdAt LIMIT 1")
    .get() as { id: string };
  db.close();
  const before = storedVersion(id);
  const current = await currentArticle(baseURL!, editor, id, process.env.E2E_DB_FILE!);
  for (const levels of [21, 1_000]) {
    const answer = await save(baseURL!, editor, id, current.version, current.fields, quotes(levels));
    expect(answer.status, `${levels} levels`).toBe(200);
    expect(actionResult(answer.text)).toMatchObject({ ok: false, kind: "invalid", message: TOO_DEEP });
  }
  expect(storedVersion(id)).toEqual(before);
});
