import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { body, newArticle, publish, waitSaved, writeStory } from "./support/editor";
import { deskClockInput } from "./support/newsroom";

test("a story scheduled a minute ahead goes live by itself", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await newArticle(page);
  await writeStory(page, "Scheduled bulletin on the harvest forecast");
  await waitSaved(page);
  const slug = await page.getByLabel("Slug").inputValue();
  // The picker has minute precision: two minutes ahead, truncated, is at least one minute ahead.
  await page.getByLabel("Publish at").fill(deskClockInput(120_000).slice(0, 16));
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("main").getByText("Scheduled.", { exact: true })).toBeVisible();
  await page.context().close();

  expect((await request.get(`/world/${slug}`)).status()).toBe(404);
  const front = async () => (await (await request.get("/")).text()).includes(slug);
  expect(await front()).toBe(false);
  // Nobody touches anything: the server's scheduler publishes it and refreshes the front page.
  await expect
    .poll(async () => (await request.get(`/world/${slug}`)).status(), { timeout: 180_000, intervals: [5_000] })
    .toBe(200);
  await expect.poll(front, { timeout: 30_000 }).toBe(true);
});

test("a signed preview link shows a draft in the reader layout, and nothing else", async ({ browser, request }) => {
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await newArticle(page);
  await writeStory(page, "Draft under embargo for preview");
  await waitSaved(page);
  await page.getByRole("button", { name: "Preview link" }).click();
  const link = page.getByRole("link", { name: /\/preview\// });
  const url = new URL((await link.getAttribute("href"))!);
  await page.context().close();

  const preview = await request.get(url.pathname);
  expect(preview.status()).toBe(200);
  const html = await preview.text();
  expect(html).toContain("Draft under embargo for preview");
  expect(html).toContain("Preview of a draft article");
  expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
  expect(preview.headers()["cache-control"]).toMatch(/no-store|private|no-cache/);

  const tampered = url.pathname.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
  expect((await request.get(tampered)).status()).toBe(404);
});

test("sections: an editor adds one, renames its slug with redirects, and deletes it after moving its stories", async ({
  browser,
  request,
}) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await page.goto("/admin/sections");
  const add = page.getByRole("region", { name: "Add a section" });
  await add.getByLabel("Name", { exact: true }).fill("Climate Desk");
  await add.getByRole("button", { name: "Add section" }).click();
  await expect(add.getByRole("status")).toContainText("Section “Climate Desk” created.");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("form", { name: "Edit section Climate Desk" }) });
  await expect(row).toBeVisible();

  const reserved = row.getByRole("form", { name: "Edit section Climate Desk" });
  await reserved.getByLabel("Slug").fill("admin");
  await reserved.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toContainText("reserved");

  // A story in the new section, published, so that its URL must survive.
  const writer = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await newArticle(writer);
  await writeStory(writer, "Glacier melt study published");
  await writer.getByLabel("Section").selectOption({ label: "Climate Desk" });
  await waitSaved(writer);
  await publish(writer);
  await writer.context().close();
  expect((await request.get("/climate-desk/glacier-melt-study-published")).status()).toBe(200);

  await reserved.getByLabel("Slug").fill("climate");
  await reserved.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toContainText("/climate-desk now redirects to /climate");
  const moved = await request.get("/climate-desk/glacier-melt-study-published", { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()["location"]).toContain("/climate/glacier-melt-study-published");

  const climate = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("form", { name: "Edit section Climate Desk" }) });
  await climate.getByLabel("Move its articles to").selectOption({ label: "World" });
  await climate.getByRole("button", { name: "Delete Climate Desk" }).click();
  await expect(page.getByRole("form", { name: "Edit section Climate Desk" })).toHaveCount(0);
  const after = await request.get("/climate/glacier-melt-study-published", { maxRedirects: 0 });
  expect(after.status()).toBe(308);
  expect(after.headers()["location"]).toContain("/world/glacier-melt-study-published");
  await page.context().close();
});

test("Publish pressed a moment after a key publishes that key too", async ({ browser, request }) => {
  const desk = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await newArticle(desk);
  await writeStory(desk, "Ferry strike called off at dawn");
  await waitSaved(desk);
  const slug = await desk.getByLabel("Slug").inputValue();
  await body(desk).click();
  await desk.keyboard.press("Control+End");
  desk.once("dialog", (d) => void d.accept());
  // The key and the press in one task of the page: the button has not yet turned to "Saving…",
  // and the server has not stored the key.
  await desk.evaluate(async () => {
    document.execCommand("insertText", false, " Crews return at noon.");
    await Promise.resolve();
    [...document.querySelectorAll("button")].find((b) => b.textContent === "Publish")!.click();
  });
  await expect(desk.getByRole("main").getByText("Published.", { exact: true })).toBeVisible();
  expect(await (await request.get(`/world/${slug}?r=${Date.now()}`)).text()).toContain("Crews return at noon.");
  await desk.context().close();
});
