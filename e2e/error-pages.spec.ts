import { expect, test } from "@playwright/test";
import { ARTICLE_ACTIONS, actionId, sessionCookie } from "./support/desk-actions";

// Production errors tell the caller nothing about the code: no stack frames, no error names, no
// file paths. The request id on the answer is what an operator matches against the logs.

const STACK_FRAME = /\bat [^\n]*\(?[^\s()]+:\d+:\d+\)?/;
const LEAKS = [
  STACK_FRAME,
  /SyntaxError|TypeError|URIError|JSON\.parse/,
  /node_modules|\/\.next|webpack-internal:|file:\/\//,
];

function expectNothingLeaks(body: string, what: string) {
  for (const leak of LEAKS) expect(body, what).not.toMatch(leak);
}

test("an address that cannot be decoded is the caller's mistake: 400, nothing about the code", async ({ request }) => {
  for (const path of ["/tag/%ff", "/world/%E0%A4%A", "/admin/articles/%c0"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
    expect(res.headers()["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
    expectNothingLeaks(await res.text(), path);
  }
});

test("a server action that fails on a broken request answers 500 with a digest only", async ({ request, baseURL }) => {
  const res = await request.post("/admin/articles/x", {
    headers: {
      "Next-Action": actionId(ARTICLE_ACTIONS, "saveArticleAction"),
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseURL!,
      Cookie: sessionCookie("editor"),
    },
    data: "{{{ not json",
  });
  expect(res.status()).toBe(500);
  const body = await res.text();
  expect(body).toMatch(/"digest":"\d+"/);
  expectNothingLeaks(body, "action answer");
  expect(res.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("a page that does not exist gets the designed page, not the framework's", async ({ page }) => {
  const res = await page.goto("/tag/no-such-tag-anywhere");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can’t find that page");
  expectNothingLeaks(await page.content(), "404 page");
});
