import { expect, test } from "@playwright/test";
import { photo } from "../lib/testing/images";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/db";
import { authFile } from "./support/desk";
import { body, confirmed, newArticle, pasteFiles, waitSaved, writeStory } from "./support/editor";
import { mediaNamed } from "./support/media";
import { deskClockInput } from "./support/newsroom";

test.describe.configure({ mode: "serial" });
test.use({ storageState: authFile("author") });

const described = "A night ferry leaving the harbour under floodlights";

test("publishing a story with an undescribed image asks for alt text first, and readers get it", async ({
  page,
  browser,
}) => {
  await newArticle(page);
  await writeStory(page, "Night ferry service resumes after a week");
  await pasteFiles(page, [{ name: "night-ferry.png", mimeType: "image/png", buffer: await photo(1000, 700, "png") }]);
  await expect(body(page).getByRole("figure")).toHaveCount(1);
  await waitSaved(page);
  const slug = await page.getByLabel("Slug").inputValue();

  // Asked once: the publish the alt text prompt finishes is the one already confirmed.
  await confirmed(page, page.getByRole("button", { name: "Publish", exact: true }));
  const dialog = page.getByRole("dialog", { name: "Describe the images before you publish" });
  await expect(dialog).toBeVisible();
  const image = dialog.getByRole("group", { name: "Image 1 in the story" });
  await dialog.getByRole("button", { name: "Save and publish" }).click();
  await expect(image.getByText("Describe this image, or mark it decorative.")).toBeVisible();
  await expect(page.getByText("Status:")).toContainText("Draft");

  await image.getByLabel("Alt text", { exact: true }).fill(described);
  await dialog.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("main").getByText("Published.", { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(body(page).getByRole("figure").getByLabel("Alt text", { exact: true })).toHaveValue(described);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/world/${slug}`);
  await expect(reader.getByRole("article").getByRole("figure").getByRole("img", { name: described })).toBeVisible();
  await reader.context().close();
});

test("scheduling asks too, and the featured image's description is kept in the library", async ({ page }) => {
  await newArticle(page);
  await writeStory(page, "Ferry timetable for the winter season");
  // The image pasted above is in the library with no alt text of its own (the words were the story's).
  const [ferry] = mediaNamed("night-ferry.png");
  expect(ferry!.alt).toBe("");
  await page.getByLabel("Featured image").selectOption({ label: "night-ferry.png" });
  await waitSaved(page);

  await page.getByLabel("Publish at").fill(deskClockInput(3 * 3_600_000).slice(0, 16));
  await page.getByRole("button", { name: "Schedule" }).click();
  const dialog = page.getByRole("dialog", { name: "Describe the images before you schedule" });
  await dialog.getByRole("group", { name: "Featured image" }).getByLabel("Alt text", { exact: true }).fill(described);
  await dialog.getByRole("button", { name: "Save and schedule" }).click();
  await expect(page.getByRole("main").getByText("Scheduled.", { exact: true })).toBeVisible({ timeout: 20_000 });

  const db = e2eDb();
  try {
    expect(db.prepare("SELECT alt, decorative FROM Media WHERE id = ?").get(ferry!.id)).toEqual({
      alt: described,
      decorative: 0,
    });
  } finally {
    db.close();
  }
});

test("the prompt can be cancelled, and nothing goes live", async ({ page }) => {
  await newArticle(page);
  await writeStory(page, "Harbour lights switched to LEDs");
  await pasteFiles(page, [{ name: "harbour-lights.png", mimeType: "image/png", buffer: await photo(800, 600, "png") }]);
  await expect(body(page).getByRole("figure")).toHaveCount(1);
  await waitSaved(page);
  await confirmed(page, page.getByRole("button", { name: "Publish", exact: true }));
  const dialog = page.getByRole("dialog", { name: "Describe the images before you publish" });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Status:")).toContainText("Draft");
});
