import { expect, test } from "@playwright/test";
import { npmScript, PASSWORD, signIn } from "./support/desk";

// Reader and desk basics that depend on nothing but HTTP and the operator CLI, so the same test
// runs against SQLite (npm test) and against PostgreSQL (.ci/run, E2E_DATABASE_URL).

test("a reader goes from the front page to a story, its section, a topic and a search for it", async ({ page }) => {
  expect((await page.goto("/"))?.status()).toBe(200);
  const lead = page
    .getByRole("region", { name: "Top stories" })
    .getByRole("article")
    .first()
    .getByRole("heading")
    .getByRole("link");
  const title = (await lead.textContent())!;
  await lead.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  const topic = page.getByRole("navigation", { name: "Topics" }).getByRole("link").first();
  const topicName = (await topic.textContent())!;
  await topic.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topicName);
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();

  const word = title.match(/\b[A-Za-z]{6,}\b/)![0];
  await page.getByRole("searchbox", { name: "Search stories" }).fill(`"${word}"`);
  await page.getByRole("searchbox", { name: "Search stories" }).press("Enter");
  await expect(
    page.getByRole("list", { name: "Search results" }).getByRole("link", { name: title, exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Search results" }).locator("mark").first()).toHaveText(
    new RegExp(word, "i"),
  );
});

test("reader pages are answered from the page cache", async ({ request }) => {
  await request.get("/");
  await expect.poll(async () => (await request.get("/")).headers()["x-broadsheet-cache"]).toBe("HIT");
});

test("an account made with the operator CLI signs in to the desk", async ({ page }) => {
  const result = npmScript(
    "user:create",
    ["--email", "smoke@meridian.test", "--name", "Smoke Test", "--role", "EDITOR"],
    `${PASSWORD}\n`,
  );
  expect(result.output).toContain("Created EDITOR smoke@meridian.test");
  await page.goto("/admin/login");
  await signIn(page, "smoke@meridian.test");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Good to see you");
});
