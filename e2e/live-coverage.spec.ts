import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { authFile } from "./support/desk";
import { newArticle, publish, waitSaved, writeStory } from "./support/editor";

// A desk runs a live page while a reader has it open in another browser.
test.describe.configure({ mode: "serial" });

const title = "Flood barrier vote in the provincial assembly";
let storyPath = "";
let liveDeskUrl = "";

const structuredTypes = async (page: Page) =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (t) => JSON.parse(t) as Record<string, unknown>,
  );

async function postUpdate(desk: Page, headline: string, text: string, keyEvent = false) {
  await desk.getByLabel("Update headline (optional)").fill(headline);
  await desk.getByRole("textbox", { name: "Update text" }).click();
  await desk.keyboard.type(text);
  if (keyEvent) await desk.getByLabel("Key event (pinned in the summary)").check();
  await desk.getByRole("button", { name: "Post update" }).click();
  await expect(desk.getByRole("main").getByText("Update posted.")).toBeVisible();
}

test("an author turns a published story into a live page and posts the first update", async ({ browser }) => {
  const desk = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await newArticle(desk);
  await writeStory(desk, title, "Members gathered early for the vote on the flood barrier.");
  await waitSaved(desk);
  const slug = await desk.getByLabel("Slug").inputValue();
  storyPath = `/world/${slug}`;
  await publish(desk);

  await desk.getByRole("link", { name: "Live coverage" }).click();
  await desk.getByRole("button", { name: "Start live coverage" }).click();
  await expect(desk.getByRole("main").getByText("Live coverage started.")).toBeVisible();
  liveDeskUrl = desk.url();
  await postUpdate(desk, "Speaker opens the session", "The speaker called the house to order at nine.", true);
  // Posted as a key event: the desk can unpin it.
  await expect(
    desk
      .getByRole("region", { name: /Posted updates/ })
      .getByRole("button", { name: "Unpin: Speaker opens the session" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(desk);
  await desk.context().close();
});

test("a reader with the page open is told of a new update and reveals it without a reload", async ({ browser }) => {
  test.setTimeout(120_000);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(storyPath);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  const updates = reader.getByRole("region", { name: "Latest updates" });
  await expect(updates.getByRole("heading", { name: "Speaker opens the session" })).toBeVisible();
  await expect(
    reader.getByRole("navigation", { name: "Key events" }).getByRole("link", { name: /Speaker opens the session/ }),
  ).toBeVisible();
  const ld = (await structuredTypes(reader)).find((d) => d["@type"] === "LiveBlogPosting");
  expect(ld).toMatchObject({ headline: title, coverageStartTime: expect.any(String) });
  expect(ld).not.toHaveProperty("coverageEndTime");
  expect((ld!.liveBlogUpdate as { headline: string }[]).map((u) => u.headline)).toEqual(["Speaker opens the session"]);
  await expectNoSeriousA11yViolations(reader);

  // The desk, in another browser, posts while the reader reads.
  const desk = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await desk.goto(liveDeskUrl);
  await postUpdate(desk, "Barrier approved by 71 votes to 40", "The motion passed after a two-hour debate.");
  await desk.context().close();

  const notice = reader.getByRole("button", { name: "1 new update" });
  await expect(notice).toBeVisible({ timeout: 45_000 });
  // Nothing moved under the reader: the update waits behind the notice.
  await expect(updates.getByRole("heading", { name: "Barrier approved by 71 votes to 40" })).toHaveCount(0);
  await notice.click();
  await expect(updates.getByRole("heading", { name: "Barrier approved by 71 votes to 40" })).toBeVisible();
  await expect(updates.getByText("The motion passed after a two-hour debate.")).toBeVisible();
  await expect(notice).toHaveCount(0);
  // Newest first.
  await expect(updates.getByRole("heading", { level: 3 }).first()).toHaveText("Barrier approved by 71 votes to 40");
  await reader.context().close();
});

test("a reader who came from a tracked link and reloads keeps a working page: a 304 carries no policy", async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  // A query string bypasses the page cache, so Next answers the revalidation itself.
  const tracked = `${storyPath}?utm_source=newsletter`;
  await expect(async () => {
    const etag = (await request.get(tracked)).headers().etag!;
    const again = await request.get(tracked, { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()["content-security-policy"]).toBeUndefined();
  }).toPass({ timeout: 30_000 });

  const reader = await (await browser.newContext()).newPage();
  const violations: string[] = [];
  reader.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const first = await reader.goto(tracked);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  // The browser revalidates what it stored (Playwright reports the stored 200, not the 304).
  const revalidation = reader.waitForRequest((r) => r.isNavigationRequest());
  await reader.reload();
  expect((await (await revalidation).allHeaders())["if-none-match"]).toBe(first!.headers().etag);
  // The stored page's scripts still run: the live updates keep being asked for.
  await reader.waitForRequest((r) => r.url().includes("/api/live/"), { timeout: 30_000 });
  expect(violations).toEqual([]);
  await reader.context().close();
});

test("cards mark the story as live while its coverage runs", async ({ page }) => {
  await page.goto("/world");
  await expect(page.getByRole("heading", { name: `Live ${title}` })).toBeVisible();
});

test("ending the coverage freezes the page into a normal article", async ({ browser }) => {
  const desk = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await desk.goto(liveDeskUrl);
  desk.once("dialog", (d) => d.accept());
  await desk.getByRole("button", { name: "End live coverage" }).click();
  await expect(desk.getByRole("main").getByText("Coverage ended.")).toBeVisible();
  await expect(desk.getByRole("button", { name: "Post update" })).toHaveCount(0);
  await desk.context().close();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(storyPath);
  const updates = reader.getByRole("region", { name: "Updates", exact: true });
  await expect(updates.getByRole("heading", { level: 3 })).toHaveText([
    "Barrier approved by 71 votes to 40",
    "Speaker opens the session",
  ]);
  await expect(reader.getByRole("region", { name: "Latest updates" })).toHaveCount(0);
  const types = (await structuredTypes(reader)).map((d) => d["@type"]);
  expect(types).toContain("NewsArticle");
  expect(types).not.toContain("LiveBlogPosting");
  await reader.goto("/world");
  await expect(reader.getByRole("heading", { name: title, exact: true })).toBeVisible();
  await reader.context().close();
});
