import { HocuspocusProvider } from "@hocuspocus/provider";
import { expect, test, type Browser } from "@playwright/test";
import WebSocket from "ws";
import * as Y from "yjs";
import { people, signInFresh } from "./support/desk";
import { submit, succeeded } from "./support/desk-matrix";
import { FILES } from "./support/matrix-fixtures";

// Signing out ends the session on the server: a copy of the cookie taken before is refused by
// every desk page, action and the co-editing socket. The profile page lists one's own sessions
// and ends any other one.

// A browser the desk names apart from the suite's Chromium, so its row is easy to find.
const PHONE_UA =
  "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0 AppleWebKit/537.36 (KHTML, like Gecko)";

async function signedIn(browser: Browser, email: string, userAgent?: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, userAgent });
  const page = await context.newPage();
  await signInFresh(page, email);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("broadsheet.session"))!;
  return { context, page, cookie: `${cookie.name}=${cookie.value}` };
}

/** How the co-editing socket answers a story opened with `cookie`: "authenticated" or its refusal. */
function openStory(baseUrl: string, cookie: string, articleId: string): Promise<string> {
  const origin = new URL(baseUrl).origin;
  const withCookie = class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin } });
      // Refused sockets are closed while still connecting; that is the point, not a failure.
      this.on("error", () => undefined);
    }
  };
  return new Promise<string>((resolve) => {
    const provider = new HocuspocusProvider({
      url: `${origin.replace(/^http/, "ws")}/admin/collab`,
      name: articleId,
      document: new Y.Doc(),
      token: "session",
      ...({ WebSocketPolyfill: withCookie } as object),
      onAuthenticated: () => {
        provider.destroy();
        resolve("authenticated");
      },
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        resolve(reason);
      },
    });
  });
}

test("after signing out, a copy of the old cookie opens nothing: pages, actions, the co-editing socket", async ({
  browser,
  baseURL,
}) => {
  const { context, page, cookie } = await signedIn(browser, people.author.email);
  const made = await submit(baseURL!, FILES.articles, "createArticleAction", {}, cookie);
  expect(made.redirect, "the author's new draft").toMatch(/^\/admin\/articles\//);
  const draft = made.redirect!.split("/").pop()!;
  expect(await openStory(baseURL!, cookie, draft)).toBe("authenticated");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);

  const profile = await fetch(`${baseURL}/admin/profile`, { headers: { Cookie: cookie }, redirect: "manual" });
  expect(profile.status).toBeGreaterThanOrEqual(300);
  expect(profile.status).toBeLessThan(400);
  expect(new URL(profile.headers.get("location")!, baseURL).pathname).toBe("/admin/login");

  const bio = `Written with a cookie from before signing out ${Date.now()}`;
  const action = await submit(baseURL!, FILES.profile, "updateProfile", { name: people.author.name, bio }, cookie);
  expect(succeeded(action)).toBe(false);
  expect(action.result.kind).toBe("unauthenticated");

  expect(await openStory(baseURL!, cookie, draft)).toBe("permission-denied");

  // The same browser, with the cookie put back, is on the sign-in page too.
  const replay = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const [name, ...value] = cookie.split("=");
  await replay.addCookies([{ name: name!, value: value.join("="), url: baseURL! }]);
  const again = await replay.newPage();
  await again.goto("/admin/profile");
  await expect(again).toHaveURL(/\/admin\/login(\?|$)/);
  await replay.close();
  await context.close();
});

test("the profile lists one's sessions, and ending another one signs that browser out", async ({ browser }) => {
  const phone = await signedIn(browser, people.editor.email, PHONE_UA);
  const laptop = await signedIn(browser, people.editor.email);

  await laptop.page.goto("/admin/profile");
  const sessions = laptop.page.getByRole("list", { name: "Signed-in sessions" });
  const here = sessions.getByRole("listitem").filter({ hasText: "This device" });
  await expect(here).toHaveCount(1);
  await expect(here.getByRole("button", { name: "End session" })).toHaveCount(0);
  const there = sessions.getByRole("listitem").filter({ hasText: "Firefox on Android" });
  await expect(there).toHaveCount(1);
  await expect(there).toContainText("Signed in");

  await there.getByRole("button", { name: "End session" }).click();
  await expect(laptop.page.getByRole("status").filter({ hasText: "Session ended" })).toBeVisible();
  await expect(there).toHaveCount(0);

  await phone.page.goto("/admin/profile");
  await expect(phone.page).toHaveURL(/\/admin\/login(\?|$)/);
  // The browser that ended it is still signed in.
  await laptop.page.goto("/admin/profile");
  await expect(laptop.page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
  await phone.context.close();
  await laptop.context.close();
});
