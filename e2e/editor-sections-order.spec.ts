import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";

test.use({ storageState: authFile("editor") });

test("an editor reorders the sections and readers' navigation follows", async ({ page, browser }) => {
  await page.goto("/admin/sections");
  const names = (
    await page
      .getByRole("form", { name: /^Edit section / })
      .evaluateAll((forms) => forms.map((f) => f.getAttribute("aria-label")!))
  ).map((l) => l.replace("Edit section ", ""));
  const [first, second] = names as [string, string];
  const reader = await (await browser.newContext()).newPage();
  const navigation = async () => {
    await reader.goto("/");
    return reader.getByRole("navigation", { name: "Sections" }).getByRole("link").allTextContents();
  };
  const before = await navigation();
  expect(before.indexOf(first)).toBeLessThan(before.indexOf(second));

  await page.getByRole("button", { name: `Move up ${second}` }).click();
  await expect(page.getByText("Navigation order saved.")).toBeVisible();
  await expect.poll(async () => (await navigation()).indexOf(second)).toBeLessThan(before.indexOf(second));
  const after = await navigation();
  expect(after.indexOf(second)).toBeLessThan(after.indexOf(first));

  // Put it back, so the rest of the suite sees the demo's order.
  await page.getByRole("button", { name: `Move down ${second}` }).click();
  await expect.poll(async () => (await navigation()).join("|")).toBe(before.join("|"));
  await reader.context().close();
});
