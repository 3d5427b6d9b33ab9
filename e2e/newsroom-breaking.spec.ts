import { expect, test, type Browser, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { authFile } from "./support/desk";
import { deskClockInput, publishedStory } from "./support/newsroom";
import { confirmed } from "./support/editor";

test.describe.configure({ mode: "serial" });

const story = () => publishedStory(5);
const readerPages = () => ["/", "/world", publishedStory(8).path, "/corrections"];

async function markBreaking(browser: Browser, until: string | null) {
  const desk = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await desk.goto(`/admin/articles/${story().id}`);
  if (until) {
    await desk.getByLabel("Breaking until").fill(until);
    await expect(desk.getByLabel("Breaking until")).toHaveValue(until);
  }
  await desk.getByRole("button", { name: "Mark breaking" }).click();
  await expect(desk.getByText("Marked as breaking news.")).toBeVisible();
  // The expiry reached the server: the desk states it (not "until cleared").
  await expect(desk.getByText(until ? /^Breaking until (?!cleared)/ : "Breaking until cleared.")).toBeVisible();
  await desk.context().close();
}

/** Whether the server-rendered page carries the banner (as a reader without scripts gets it). */
const bannerIn = async (request: APIRequestContext, path: string) =>
  (await (await request.get(path)).text()).includes('aria-label="Breaking news"');

test("an editor marks a story breaking: every reader page shows the banner and the front page leads with it", async ({
  browser,
  page,
  request,
}) => {
  for (const path of readerPages()) expect(await bannerIn(request, path), path).toBe(false);
  await markBreaking(browser, null);

  for (const path of readerPages()) {
    await page.goto(path);
    const banner = page.getByRole("region", { name: "Breaking news" });
    await expect(banner.getByRole("link", { name: story().title })).toHaveAttribute("href", story().path);
  }
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Top stories" }).getByRole("heading", { level: 3 }).first()).toHaveText(
    story().title,
  );
  await expectNoSeriousA11yViolations(page);
});

test("a reader dismisses the banner and it stays dismissed in that browser only", async ({ browser, page }) => {
  await page.goto("/world");
  await page.getByRole("button", { name: "Dismiss breaking news" }).click();
  await expect(page.getByRole("region", { name: "Breaking news" })).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeAttached();
  await expect(page.getByRole("region", { name: "Breaking news" })).toHaveCount(0);
  expect(await page.context().cookies()).toEqual([]);

  const other = await browser.newPage();
  await other.goto("/");
  await expect(other.getByRole("region", { name: "Breaking news" })).toBeVisible();
  await other.close();
});

test("clearing it removes the banner from every reader page at once", async ({ browser, request }) => {
  const desk = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await desk.goto(`/admin/articles/${story().id}`);
  expect(await confirmed(desk, desk.getByRole("button", { name: "Clear breaking" }))).toContain(
    `Clear breaking news for “${story().title}”?`,
  );
  await expect(desk.getByText("Breaking news cleared.")).toBeVisible();
  await desk.context().close();
  for (const path of readerPages()) expect(await bannerIn(request, path), path).toBe(false);
});

test("a breaking alert with a short expiry disappears by itself", async ({ browser, request }) => {
  test.setTimeout(120_000);
  await markBreaking(browser, deskClockInput(25_000));
  expect(await bannerIn(request, "/")).toBe(true);
  // Nobody acts: the expiry passes and the scheduler refreshes the cached pages.
  await expect.poll(() => bannerIn(request, "/"), { timeout: 90_000, intervals: [3_000] }).toBe(false);
  for (const path of readerPages()) expect(await bannerIn(request, path), path).toBe(false);
});

test("only editors see the breaking control", async ({ browser }) => {
  const desk = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await desk.goto(`/admin/articles/${story().id}`);
  await expect(desk.getByRole("main")).toBeVisible();
  await expect(desk.getByRole("button", { name: "Mark breaking" })).toHaveCount(0);
  await desk.context().close();
});
