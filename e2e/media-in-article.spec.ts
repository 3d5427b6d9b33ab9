import { expect, test } from "@playwright/test";
import { photo } from "../lib/testing/images";
import { authFile } from "./support/desk";
import { body, newArticle, publish, waitSaved, writeStory } from "./support/editor";
import { mediaNamed } from "./support/media";

test.use({ storageState: authFile("author") });

const alt = "Two gantry cranes lowered onto the quay from a heavy-lift ship";
const caption = "The cranes arrived on Thursday for the port's new container berths.";
const credit = "Photo: Harbour Desk";
const title = "Gantry cranes arrive for the new container berths";

test("an image uploaded to the library goes into a story, and readers get a responsive figure with its caption and credit", async ({
  page,
}) => {
  await page.goto("/admin/media");
  await page
    .getByLabel("Images to upload")
    .setInputFiles([{ name: "gantry-cranes.jpg", mimeType: "image/jpeg", buffer: await photo(1600, 1000) }]);
  await expect(page.getByRole("list", { name: "Uploads" }).getByRole("status")).toHaveText("Added to the library");
  await page.getByRole("list", { name: "Images" }).getByRole("link", { name: "gantry-cranes.jpg" }).click();
  await page.getByLabel("Alt text", { exact: true }).fill(alt);
  await page.getByLabel("Caption").fill(caption);
  await page.getByLabel("Credit").fill(credit);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Details saved." })).toBeVisible();
  const [image] = mediaNamed("gantry-cranes.jpg");
  const hash = image!.storageKey.split(".")[0];

  await newArticle(page);
  await writeStory(page, title);
  await body(page).click();
  await page.keyboard.press("Control+End");
  await page.getByRole("button", { name: "Insert image" }).click();
  const picker = page.getByRole("dialog", { name: "Insert an image" });
  await picker.getByRole("searchbox", { name: "Search the library" }).fill("gantry");
  await picker.getByRole("button", { name: "Search" }).click();
  await picker.getByRole("list", { name: "Library images" }).getByRole("button", { name: "gantry-cranes.jpg" }).click();
  // The library's words come along, to be adjusted for this story if need be.
  await expect(picker.getByLabel("Alt text", { exact: true })).toHaveValue(alt);
  await expect(picker.getByLabel("Credit")).toHaveValue(credit);
  await picker.getByRole("button", { name: "Use this image" }).click();
  await expect(picker).toBeHidden();

  const figure = body(page).getByRole("figure");
  await expect(figure).toHaveCount(1);
  await expect(figure.getByLabel("Alt text", { exact: true })).toHaveValue(alt);
  await expect(figure.getByLabel("Caption")).toHaveValue(caption);
  await waitSaved(page);
  const slug = await page.getByLabel("Slug").inputValue();
  await publish(page);

  // The library knows the story uses it.
  await page.goto(`/admin/media/${image!.id}`);
  await expect(
    page.getByRole("region", { name: "Where it is used" }).getByRole("listitem").filter({ hasText: title }),
  ).toContainText("in the text");

  const reader = await (await page.context().browser()!.newContext()).newPage();
  await reader.goto(`/world/${slug}`);
  const readerFigure = reader
    .getByRole("article")
    .getByRole("figure")
    .filter({ has: reader.getByRole("img", { name: alt }) });
  await expect(readerFigure).toContainText(caption);
  await expect(readerFigure).toContainText(credit);
  const img = readerFigure.getByRole("img", { name: alt });
  await expect(img).toHaveAttribute("width", "1600");
  await expect(img).toHaveAttribute("height", "1000");
  await expect(img).toHaveAttribute(
    "srcset",
    new RegExp(`/media/${hash}/640\\.webp 640w.*/media/${hash}/1600\\.webp 1600w`),
  );
  await expect(img).toHaveAttribute("sizes", /42rem/);
  await expect(readerFigure.locator('source[type="image/avif"]')).toHaveAttribute(
    "srcset",
    new RegExp(`/media/${hash}/960\\.avif 960w`),
  );
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(
    new RegExp(`/media/${hash}/\\d+\\.avif$`),
  );
  await reader.context().close();
});

test("the featured image can be searched for or uploaded from the story's settings", async ({ page }) => {
  await newArticle(page);
  await writeStory(page, "Dredging begins at the outer harbour");
  await page.getByRole("button", { name: "Search or upload a featured image" }).click();
  const picker = page.getByRole("dialog", { name: "Choose from the library" });
  await picker
    .getByLabel("Images to upload")
    .setInputFiles([{ name: "dredger-at-work.jpg", mimeType: "image/jpeg", buffer: await photo(1400, 900) }]);
  await expect(picker.getByRole("list", { name: "Uploads" }).getByRole("status")).toHaveText("Added to the library");
  // A single upload is chosen at once, ready to use.
  await picker.getByRole("button", { name: "Use this image" }).click();
  await expect(picker).toBeHidden();

  const [dredger] = mediaNamed("dredger-at-work.jpg");
  await expect(page.getByLabel("Featured image")).toHaveValue(dredger!.id);
  await expect(page.getByLabel("Featured image").locator("option:checked")).toHaveText("dredger-at-work.jpg");
  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel("Featured image")).toHaveValue(dredger!.id);
});
