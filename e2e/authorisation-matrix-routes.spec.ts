import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { MAX_REQUEST_BYTES } from "@/lib/http/body-limits";
import { people, PASSWORD } from "./support/desk";
import { actionId, callAction, currentArticle } from "./support/desk-actions";
import { CALLERS, cookieOf, count, label, one, paragraph } from "./support/desk-matrix";
import { demoAuthorId, draft, FILES, foreignPublished } from "./support/matrix-fixtures";

// The route handlers that change state or could expose desk data, called by nobody and by each
// role: the scheduler answers no one without its key, GET never changes anything, a reader's view
// beacon stays small, next-auth signs no one in without its CSRF token, and oversized bodies are
// refused before anything is stored.

test.describe.configure({ mode: "serial" });

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const views = (id: string) =>
  one<{ n: number | null }>("SELECT SUM(count) AS n FROM ArticleViewHour WHERE articleId = ?", id)!.n ?? 0;
const published = () => count("SELECT COUNT(*) AS n FROM Article WHERE status = 'PUBLISHED'");

test("the scheduler's endpoint answers nobody without its key, whoever is signed in", async ({ baseURL }) => {
  for (const who of CALLERS) {
    const cookie = cookieOf(who);
    const before = published();
    for (const key of [undefined, "forged-key"]) {
      const res = await fetch(`${baseURL}/api/internal/publish-scheduled`, {
        method: "POST",
        headers: { ...(cookie ? { cookie } : {}), ...(key ? { "x-scheduler-key": key } : {}) },
      });
      expect(res.status, `${label(who)} with ${key ?? "no key"}`).toBe(404);
    }
    const get = await fetch(`${baseURL}/api/internal/publish-scheduled`, { headers: cookie ? { cookie } : {} });
    expect(get.status, `${label(who)} GETs it`).toBe(405);
    expect(published()).toBe(before);
  }
});

test("GET on the POST-only routes changes nothing, and the view beacon counts only small bodies", async ({
  baseURL,
}) => {
  const story = foreignPublished(1);
  const beacon = (body: string, method = "POST") =>
    fetch(`${baseURL}/api/views`, {
      method,
      headers: { "user-agent": CHROME, origin: baseURL!, "content-type": "text/plain" },
      body: method === "POST" ? body : undefined,
    });

  const before = views(story);
  expect((await beacon("", "GET")).status).toBe(405);
  expect(views(story), "a GET counts nothing").toBe(before);
  expect((await beacon(JSON.stringify({ id: story, padding: "x".repeat(10_000) }))).status).toBe(204);
  expect(views(story), "an oversized body counts nothing").toBe(before);
  expect((await beacon(JSON.stringify({ id: story }))).status).toBe(204);
  expect(views(story), "a reader's view is counted").toBe(before + 1);

  for (const who of CALLERS) {
    const cookie = cookieOf(who);
    const avatar = () =>
      who
        ? one<{ avatarId: string | null }>("SELECT avatarId FROM User WHERE email = ?", people[who].email)!.avatarId
        : null;
    const photo = avatar();
    const res = await fetch(`${baseURL}/api/media/avatar`, { headers: cookie ? { cookie } : {} });
    expect(res.status, `${label(who)} GETs the avatar upload`).toBe(405);
    expect(avatar()).toBe(photo);
  }
});

test("the auth route signs in only with its CSRF token, and tells a session only to its holder", async ({
  baseURL,
}) => {
  const forged = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: baseURL! },
    body: new URLSearchParams({ email: people.editor.email, password: PASSWORD, csrfToken: "forged", json: "true" }),
    redirect: "manual",
  });
  expect(forged.headers.getSetCookie().some((c) => c.startsWith("broadsheet.session="))).toBe(false);

  const viaGet = await fetch(
    `${baseURL}/api/auth/callback/credentials?email=${encodeURIComponent(people.editor.email)}&password=${encodeURIComponent(PASSWORD)}`,
    { redirect: "manual" },
  );
  expect(viaGet.status).toBe(405);
  expect(viaGet.headers.getSetCookie().some((c) => c.startsWith("broadsheet.session="))).toBe(false);

  for (const who of CALLERS) {
    const cookie = cookieOf(who);
    const session = (await (
      await fetch(`${baseURL}/api/auth/session`, { headers: cookie ? { cookie } : {} })
    ).json()) as { user?: { email?: string } };
    expect(session.user?.email, `${label(who)}'s session`).toBe(who ? people[who].email : undefined);
  }
});

test("a server action's body over the limit is refused and stores nothing", async ({ baseURL }) => {
  const id = await draft(baseURL!, `Matrix oversized ${Date.now()}`, [demoAuthorId()]);
  const current = await currentArticle(baseURL!, cookieOf("editor")!, id, process.env.E2E_DB_FILE!);
  const version = one<{ version: number }>("SELECT version FROM Article WHERE id = ?", id)!.version;
  const huge = await callAction(
    baseURL!,
    `/admin/articles/${id}`,
    actionId(FILES.article, "saveArticleAction"),
    [{ id, baseVersion: current.version, fields: { ...current.fields, body: paragraph("word ".repeat(300_000)) } }],
    cookieOf("editor"),
  );
  expect(huge.status, "the oversized save is refused").toBe(413);
  expect(one<{ version: number }>("SELECT version FROM Article WHERE id = ?", id)!.version).toBe(version);
});

/** Sends only the headers of a POST declaring `length` bytes, as a client streaming a huge body would. */
function declare(baseUrl: string, path: string, length: number, cookie?: string): Promise<number> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: hostname,
        port,
        method: "POST",
        path,
        headers: { "content-length": String(length), origin: baseUrl, ...(cookie ? { cookie } : {}) },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on("error", reject);
    req.flushHeaders();
  });
}

test("a request declaring a body larger than any route takes is refused before it is read", async ({ baseURL }) => {
  const media = count("SELECT COUNT(*) AS n FROM Media");
  for (const path of ["/api/auth/callback/credentials", "/api/media?name=huge.png", "/api/views", "/admin/profile"]) {
    expect(await declare(baseURL!, path, MAX_REQUEST_BYTES + 1, cookieOf("admin")), path).toBe(413);
  }
  expect(count("SELECT COUNT(*) AS n FROM Media")).toBe(media);
});
