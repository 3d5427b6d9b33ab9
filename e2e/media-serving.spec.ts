import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { mediaCredits, storyWithFeaturedImage } from "./support/media";

// Readers get library images as responsive, immutable-cached AVIF/WebP with their size set.

test("a story's featured image is responsive, sized, credited, and loads from immutable copies", async ({ page }) => {
  const story = storyWithFeaturedImage();
  const hash = story.image.storageKey.split(".")[0];
  await page.goto(story.path);

  const figure = page
    .getByRole("figure")
    .filter({ has: page.getByRole("img", { name: story.image.alt }) })
    .first();
  await expect(figure).toContainText(story.image.caption);
  await expect(figure).toContainText(story.image.credit);
  const img = figure.getByRole("img", { name: story.image.alt });
  await expect(img).toHaveAttribute("width", String(story.image.width));
  await expect(img).toHaveAttribute("height", String(story.image.height));
  await expect(img).toHaveAttribute("srcset", new RegExp(`/media/${hash}/640\\.webp 640w`));
  await expect(img).toHaveAttribute("fetchpriority", "high");
  await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute(
    "srcset",
    new RegExp(`/media/${hash}/960\\.avif 960w`),
  );

  // The browser picks a copy from the srcset (AVIF here) and it arrives.
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  const chosen = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
  expect(chosen).toMatch(new RegExp(`/media/${hash}/\\d+\\.avif$`));
  const response = await page.request.get(chosen);
  expect(response.headers()["content-type"]).toBe("image/avif");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

  // The featured image is the social image: the story's 1200x630 card is drawn from it.
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  const social = await page.request.get(new URL(og!).pathname + new URL(og!).search);
  expect(social.status()).toBe(200);
  expect(social.headers()["content-type"]).toMatch(/^image\//);
  expect((await sharp(await social.body()).metadata()).width).toBe(1200);
});

test("story cards show their image with its credit, without shifting the page", async ({ page }) => {
  const credits = new Set(mediaCredits());
  await page.goto("/");
  const card = page
    .getByRole("main")
    .getByRole("article")
    .filter({ has: page.getByRole("figure") })
    .first();
  const img = card.getByRole("img").first();
  await expect(img).toHaveAttribute("width", /^\d+$/);
  await expect(img).toHaveAttribute("height", /^\d+$/);
  const credit = (await card.getByRole("figure").textContent())!;
  expect([...credits].some((c) => credit.includes(c))).toBe(true);
});

test("originals and copies are immutable; unknown images and widths are not found", async ({ request }) => {
  const { image } = storyWithFeaturedImage();
  const hash = image.storageKey.split(".")[0];
  const original = await request.get(`/media/${image.storageKey}`);
  expect(original.status()).toBe(200);
  expect(original.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(original.headers()["x-content-type-options"]).toBe("nosniff");

  const etag = original.headers()["etag"]!;
  expect((await request.get(`/media/${image.storageKey}`, { headers: { "if-none-match": etag } })).status()).toBe(304);

  for (const path of [
    `/media/${hash}/500.webp`,
    `/media/${hash}/4096.webp`,
    `/media/${"0".repeat(32)}.jpg`,
    `/media/${hash}/640.gif`,
    "/media/../package.json",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
