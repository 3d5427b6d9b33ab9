import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { authFile, people } from "./support/desk";

// The desk plans today's stories, assigns one, reorders from the keyboard and opens its draft.
test.describe.configure({ mode: "serial" });

const slugLine = "HARBOUR-STRIKE";
const today = (page: import("@playwright/test").Page) => page.getByRole("region", { name: /^Today/ });

test("an editor plans a story, assigns it and moves it up the budget with the keyboard", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Budget" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Story budget");

  const form = page.getByRole("form", { name: "New budget item" });
  // Validation happens on the server, with the error beside its field.
  await form.getByLabel("Slug-line").fill(" ");
  await form.getByLabel("Target time").fill("15:00");
  await form.getByRole("button", { name: "Add to budget" }).click();
  await expect(form.getByText("Give the story a slug-line.")).toBeVisible();

  await form.getByLabel("Slug-line").fill(slugLine);
  await form.getByLabel("Section").selectOption({ label: "Business" });
  await form.getByRole("button", { name: "Add to budget" }).click();
  await expect(form.getByText(`“${slugLine}” added to the budget.`)).toBeVisible();
  const items = today(page).getByRole("listitem");
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(items.last()).toHaveAccessibleName(slugLine);
  await expect(items.last()).toContainText("Unassigned");

  // Assign it.
  const item = today(page).getByRole("listitem", { name: slugLine });
  await item.getByText(`Edit ${slugLine}`).click();
  const edit = item.getByRole("form", { name: `Edit ${slugLine}` });
  await edit.getByLabel("Assignee").selectOption({ label: people.author.name });
  await edit.getByLabel("Status").selectOption({ label: "Assigned" });
  await edit.getByRole("button", { name: "Save item" }).click();
  await expect(edit.getByText(`“${slugLine}” saved.`)).toBeVisible();
  await expect(item).toContainText(`Business · ${people.author.name} · Assigned`);

  // Reorder from the keyboard: focus stays on the button, the new place is announced and kept.
  const up = page.getByRole("button", { name: `Move ${slugLine} up` });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(today(page).getByText(`${slugLine} moved to position ${count - 1} of ${count}.`)).toBeVisible();
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(today(page).getByText(`${slugLine} moved to position ${count - 2} of ${count}.`)).toBeVisible();
  await page.reload();
  await expect(
    today(page)
      .getByRole("listitem")
      .nth(count - 3),
  ).toHaveAccessibleName(slugLine);
  await expectNoSeriousA11yViolations(page);
  await page.context().close();
});

test("the assignee opens the draft from the budget, and the dashboard shows what is due", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await page.goto("/admin");
  const due = page.getByRole("region", { name: "Due today" });
  await expect(due.getByRole("row", { name: new RegExp(slugLine) })).toContainText("15:00");
  await expect(due.getByRole("row", { name: new RegExp(slugLine) })).toContainText(people.author.name);

  await page.goto("/admin/budget");
  // Authors see the budget but cannot change it; they may open the draft of their own item.
  await expect(page.getByRole("form", { name: "New budget item" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Move ${slugLine} up` })).toHaveCount(0);
  await page.getByRole("button", { name: `Create draft for ${slugLine}` }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[a-z0-9]+$/);
  await expect(page.getByLabel("Headline")).toHaveValue(slugLine);
  await expect(page.getByLabel("Section").locator("option:checked")).toHaveText("Business");

  await page.goto("/admin");
  const row = page.getByRole("region", { name: "Due today" }).getByRole("row", { name: new RegExp(slugLine) });
  await expect(row).toContainText("Writing");
  await row.getByRole("link", { name: slugLine }).click();
  await expect(page.getByLabel("Headline")).toHaveValue(slugLine);
  await page.context().close();
});
