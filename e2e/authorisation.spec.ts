import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { canEditArticle, canPublishArticle, type Role } from "@/lib/auth/permissions";
import { people, type Person } from "./support/desk";
import {
  ARTICLE_ACTIONS,
  actionId,
  actionResult,
  callAction,
  currentArticle,
  sessionCookie,
} from "./support/desk-actions";

// The article actions and the media route handlers, called over HTTP with no session and as each
// role, against one story that belongs to someone else: each answer agrees with the permission
// matrix in lib/auth/permissions.ts. The editor's client is not involved: a refused request is
// refused by the server.

const who: (Person | null)[] = [null, "contributor", "author", "editor", "admin"];
function row<T>(sql: string, ...params: unknown[]): T {
  const sqlite = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    return sqlite.prepare(sql).get(...params) as T;
  } finally {
    sqlite.close();
  }
}

test("saving and publishing another person's story by id is allowed only where the matrix says", async ({
  baseURL,
}) => {
  const save = actionId(ARTICLE_ACTIONS, "saveArticleAction");
  const transition = actionId(ARTICLE_ACTIONS, "transitionAction");
  // A draft bylined to nobody in the suite's desk accounts (a demo author).
  const users = Object.values(people).map(
    (p) => row<{ id: string }>("SELECT id FROM User WHERE email = ?", p.email).id,
  );
  const story = row<{ id: string }>(
    `SELECT a.id FROM Article a WHERE a.status = 'DRAFT' AND a.deletedAt IS NULL AND NOT EXISTS (SELECT 1 FROM ArticleAuthor x WHERE x.articleId = a.id AND x.userId IN (${users.map(() => "?").join(",")})) ORDER BY a.id LIMIT 1`,
    ...users,
  );
  const owners = [row<{ userId: string }>("SELECT userId FROM ArticleAuthor WHERE articleId = ?", story.id).userId];
  const editorCookie = sessionCookie("editor");

  for (const person of who) {
    const cookie = person ? sessionCookie(person) : undefined;
    const user = person
      ? {
          id: row<{ id: string }>("SELECT id FROM User WHERE email = ?", people[person].email).id,
          role: people[person].role as Role,
        }
      : null;
    const current = await currentArticle(baseURL!, editorCookie, story.id, process.env.E2E_DB_FILE!);
    const fields = { ...current.fields, standfirst: `Changed by ${person ?? "nobody"}` };
    const saved = actionResult(
      (
        await callAction(
          baseURL!,
          `/admin/articles/${story.id}`,
          save,
          [{ id: story.id, baseVersion: current.version, fields }],
          cookie,
        )
      ).text,
    ) as { ok: boolean; kind?: string };
    const mayEdit = user ? canEditArticle(user, owners) : false;
    expect(saved.ok, `${person ?? "no session"} saves`).toBe(mayEdit);
    if (!person) expect(saved.kind).toBe("unauthenticated");
    const stored = row<{ standfirst: string }>("SELECT standfirst FROM Article WHERE id = ?", story.id).standfirst;
    expect(stored === fields.standfirst, `${person ?? "no session"}'s change stored`).toBe(mayEdit);

    const published = actionResult(
      (
        await callAction(
          baseURL!,
          `/admin/articles/${story.id}`,
          transition,
          [{ id: story.id, transition: "publish" }],
          cookie,
        )
      ).text,
    ) as { ok: boolean };
    const mayPublish = user ? canPublishArticle(user, owners) : false;
    expect(published.ok, `${person ?? "no session"} publishes`).toBe(mayPublish);
    if (published.ok) {
      // Put it back for the next role.
      const back = actionResult(
        (
          await callAction(
            baseURL!,
            `/admin/articles/${story.id}`,
            transition,
            [{ id: story.id, transition: "unpublish" }],
            editorCookie,
          )
        ).text,
      ) as { ok: boolean };
      expect(back.ok).toBe(true);
    }
  }
});

test("an action from another origin is refused before it runs", async ({ baseURL }) => {
  const save = actionId(ARTICLE_ACTIONS, "saveArticleAction");
  const res = await callAction(
    baseURL!,
    "/admin/articles/x",
    save,
    [{ id: "x", baseVersion: 1, fields: {} }],
    sessionCookie("editor"),
    "https://evil.example",
  );
  expect(res.status).toBe(403);
});

test("the media route handlers refuse anonymous callers and other origins", async ({ request, baseURL }) => {
  for (const path of ["/api/media", "/api/media/avatar"]) {
    const anonymous = await request.post(path, {
      multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("x") } },
    });
    expect([401, 403], `${path} anonymous`).toContain(anonymous.status());
    const foreign = await request.post(path, {
      headers: { origin: "https://evil.example", cookie: sessionCookie("admin") },
      multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("x") } },
    });
    expect(foreign.status(), `${path} from another origin`).toBe(403);
  }
  const listing = await request.get("/api/media", { headers: { cookie: "" } });
  expect([401, 403]).toContain(listing.status());
  expect(baseURL).toBeTruthy();
});
