import { expect, test } from "@playwright/test";
import sharp from "sharp";
import {
  GPS_MARKER,
  hugePixelPng,
  jpegWithGps,
  noisePng,
  oversizeFile,
  photo,
  svgFile,
  textFile,
  truncated,
} from "../lib/testing/images";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { authFile } from "./support/desk";
import { dropFiles, mediaNamed, mediaRows, storedOriginals, storyWithFeaturedImage } from "./support/media";

const MB20 = 20 * 1024 * 1024;

test.describe.configure({ mode: "serial" });
test.use({ storageState: authFile("editor") });

test("an editor uploads several photos at once, watches their progress and finds them in the library", async ({
  page,
}) => {
  await page.goto("/admin/media");
  // Hold the uploads at the server's door so their progress can be seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/media?name=*", async (route) => {
    await held;
    await route.continue();
  });
  await page.getByLabel("Images to upload").setInputFiles([
    { name: "harbour-night.jpg", mimeType: "image/jpeg", buffer: await photo(1600, 1000) },
    { name: "rainfall-chart.png", mimeType: "image/png", buffer: await photo(800, 500, "png") },
  ]);
  const uploads = page.getByRole("list", { name: "Uploads" });
  await expect(uploads.getByRole("progressbar", { name: "Uploading harbour-night.jpg" })).toBeVisible();
  await expect(uploads.getByRole("progressbar", { name: "Uploading rainfall-chart.png" })).toBeVisible();
  release();
  await expect(uploads.getByRole("listitem").filter({ hasText: "harbour-night.jpg" }).getByRole("status")).toHaveText(
    "Added to the library",
  );
  await expect(uploads.getByRole("listitem").filter({ hasText: "rainfall-chart.png" }).getByRole("status")).toHaveText(
    "Added to the library",
  );

  const images = page.getByRole("list", { name: "Images" });
  await expect(images.getByRole("link", { name: "harbour-night.jpg" })).toBeVisible();
  await expect(images.getByRole("link", { name: "rainfall-chart.png" })).toBeVisible();
  const [stored] = mediaNamed("harbour-night.jpg");
  expect(stored).toMatchObject({ width: 1600, height: 1000 });
  expect(stored!.storageKey).toMatch(/^[a-f0-9]{32}\.jpg$/);
  expect(storedOriginals()).toContain(stored!.storageKey);
});

test("a photo dropped onto the library reaches readers without its location or camera data", async ({
  page,
  request,
}) => {
  await page.goto("/admin/media");
  const original = await jpegWithGps();
  expect(original.includes(GPS_MARKER)).toBe(true);
  await dropFiles(page, page.getByRole("group", { name: "Upload images" }), [
    { name: "field-report.jpg", mimeType: "image/jpeg", buffer: original },
  ]);
  await expect(page.getByRole("list", { name: "Uploads" }).getByRole("status")).toHaveText("Added to the library");

  const [row] = mediaNamed("field-report.jpg");
  const hash = row!.storageKey.split(".")[0];
  for (const url of [`/media/${row!.storageKey}`, `/media/${hash}/320.jpg`, `/media/${hash}/640.webp`]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const body = await response.body();
    expect(body.includes(GPS_MARKER), url).toBe(false);
    expect(body.includes("Secret Photographer"), url).toBe(false);
    expect((await sharp(body).metadata()).exif, url).toBeUndefined();
  }
});

test("bad and hostile files are refused with a clear message, leaving no file or row behind", async ({ page }) => {
  const rowsBefore = mediaRows().length;
  const filesBefore = storedOriginals().length;
  await page.goto("/admin/media");
  await page.getByLabel("Images to upload").setInputFiles([
    { name: "quarterly-report.jpg", mimeType: "image/jpeg", buffer: textFile() },
    { name: "cut-off.jpg", mimeType: "image/jpeg", buffer: truncated(await photo(1200, 800)) },
    { name: "bomb.png", mimeType: "image/png", buffer: hugePixelPng(30_000, 30_000) },
    { name: "logo.svg", mimeType: "image/svg+xml", buffer: svgFile() },
    { name: "enormous.jpg", mimeType: "image/jpeg", buffer: oversizeFile(MB20) },
  ]);
  const row = (name: string) =>
    page.getByRole("list", { name: "Uploads" }).getByRole("listitem").filter({ hasText: name }).getByRole("status");
  await expect(row("quarterly-report.jpg")).toHaveText(
    "Refused: This file is not an image we accept: upload a JPEG, PNG, WebP, AVIF or GIF file.",
  );
  await expect(row("cut-off.jpg")).toContainText("Refused: This image is damaged or incomplete");
  await expect(row("bomb.png")).toHaveText(
    "Refused: This image is 30000 × 30000 pixels, more than the limit of 50 megapixels: scale it down first.",
  );
  await expect(row("logo.svg")).toContainText("Refused: SVG files are not accepted");
  await expect(row("enormous.jpg")).toHaveText("Refused: This file is over 20 MB: scale it down and try again.");
  expect(mediaRows()).toHaveLength(rowsBefore);
  expect(storedOriginals()).toHaveLength(filesBefore);
});

test("a file refused for its size on the way is called too large, never a lost connection", async ({ page }) => {
  await page.goto("/admin/media");
  // A proxy in front of the server that takes less than the server does (nginx takes 1 MB by
  // default) answers 413 with a page of its own, or cuts the connection while the file is sent.
  await page.route("**/api/media?name=proxy-refused.jpg", (route) =>
    route.fulfill({ status: 413, contentType: "text/html", body: "<h1>413 Request Entity Too Large</h1>" }),
  );
  await page.route("**/api/media?name=proxy-cut.jpg", (route) => route.abort("connectionreset"));
  await page.getByLabel("Images to upload").setInputFiles([
    { name: "proxy-refused.jpg", mimeType: "image/jpeg", buffer: oversizeFile(3 * 1024 * 1024) },
    { name: "proxy-cut.jpg", mimeType: "image/jpeg", buffer: oversizeFile(3 * 1024 * 1024) },
  ]);
  const row = (name: string) =>
    page.getByRole("list", { name: "Uploads" }).getByRole("listitem").filter({ hasText: name }).getByRole("status");
  await expect(row("proxy-refused.jpg")).toHaveText(
    "Refused: This file (3.0 MB) is too large for the server to accept: scale it down and try again.",
  );
  await expect(row("proxy-cut.jpg")).toHaveText(
    "Refused: The server cut the connection while this file (3.0 MB) was being sent, as it does with a file too large for it: scale it down and try again.",
  );
});

test("the upload endpoint itself refuses oversize bodies and visitors without a session", async ({
  page,
  playwright,
  baseURL,
}) => {
  await page.goto("/admin/media");
  const tooBig = await page.request.post("/api/media?name=enormous.jpg", {
    data: oversizeFile(MB20),
    headers: { "content-type": "application/octet-stream" },
  });
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.json()).toEqual({ error: "This file is over 20 MB: scale it down and try again." });

  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const refused = await anonymous.post("/api/media?name=a.jpg", { data: await photo(50, 50) });
  expect(refused.status()).toBe(401);
  await anonymous.dispose();

  const foreign = await page.request.post("/api/media?name=a.jpg", {
    data: await photo(50, 50),
    headers: { origin: "https://attacker.example" },
  });
  expect(foreign.status()).toBe(403);
});

test("a 15 MB photo arrives whole (large bodies are not cut short on the way)", async ({ page }) => {
  await page.goto("/admin/media");
  const big = await noisePng(15 * 1024 * 1024);
  expect(big.length).toBeGreaterThan(15 * 1024 * 1024);
  const response = await page.request.post("/api/media?name=big-noise.png", {
    data: big,
    headers: { "content-type": "application/octet-stream" },
  });
  expect(response.status()).toBe(201);
  const { item } = await response.json();
  expect(mediaNamed("big-noise.png")[0]).toMatchObject({ id: item.id, width: item.width, height: item.height });
});

test("alt text, caption and credit are edited, then found by search", async ({ page }) => {
  await page.goto("/admin/media");
  await page
    .getByLabel("Images to upload")
    .setInputFiles([{ name: "tea-garden.webp", mimeType: "image/webp", buffer: await photo(900, 600, "webp") }]);
  await expect(page.getByRole("list", { name: "Uploads" }).getByRole("status")).toHaveText("Added to the library");
  await page.getByRole("list", { name: "Images" }).getByRole("link", { name: "tea-garden.webp" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("tea-garden.webp");

  await page.getByLabel("Alt text", { exact: true }).fill("Pickers among terraced tea bushes in morning mist");
  await page.getByLabel("Caption").fill("Harvest on an estate near Mansehra.");
  await page.getByLabel("Credit").fill("Photo: Field Desk");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Details saved." })).toBeVisible();
  expect(mediaNamed("tea-garden.webp")[0]!.alt).toBe("Pickers among terraced tea bushes in morning mist");

  await page.goto("/admin/media");
  await page.getByRole("searchbox", { name: "Search images" }).fill("terraced tea");
  await page.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("list", { name: "Images" }).getByRole("link");
  await expect(results).toHaveCount(1);
  await expect(results).toHaveText("tea-garden.webp");
});

test("an image a story uses can't be deleted; an unused one is deleted with its files", async ({ page }) => {
  const story = storyWithFeaturedImage();
  await page.goto(`/admin/media/${story.image.id}`);
  const usage = page.getByRole("region", { name: "Where it is used" });
  await expect(usage.getByRole("link", { name: story.title })).toBeVisible();
  await expect(usage).toContainText("featured image");
  await expect(page.getByRole("button", { name: "Delete image" })).toHaveCount(0);
  await expect(page.getByText("An image in use can’t be deleted.")).toBeVisible();

  const [spare] = mediaNamed("tea-garden.webp");
  await page.goto(`/admin/media/${spare!.id}`);
  await expect(page.getByRole("region", { name: "Where it is used" })).toContainText("Not used in any story.");
  await page.getByRole("button", { name: "Delete image" }).click();
  await expect(page).toHaveURL(/\/admin\/media\?deleted=/);
  await expect(page.getByRole("status").filter({ hasText: "Deleted tea-garden.webp." })).toBeVisible();
  expect(mediaNamed("tea-garden.webp")).toHaveLength(0);
  expect(storedOriginals()).not.toContain(spare!.storageKey);
});

test("the library, an image's page and the picker have no serious accessibility violations", async ({ page }) => {
  await page.goto("/admin/media");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("list", { name: "Images" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Details" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/admin/profile");
  await page.getByRole("button", { name: "Choose from the library" }).click();
  await page.getByRole("dialog").getByRole("list", { name: "Library images" }).getByRole("button").first().click();
  await expect(page.getByRole("button", { name: "Use this image" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a contributor can use the library but not change what others uploaded", async ({ browser }) => {
  const page = await browser.newPage({ storageState: authFile("contributor") });
  const story = storyWithFeaturedImage();
  await page.goto(`/admin/media/${story.image.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.image.originalName);
  await expect(page.getByRole("button", { name: "Save details" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Details" })).toContainText(story.image.alt);
  await page.close();
});
