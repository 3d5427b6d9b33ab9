import { expect, test } from "@playwright/test";
import { photo, svgFile } from "../lib/testing/images";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/db";
import { authFile } from "./support/desk";
import { body, dropFilesOnBody, newArticle, pasteFiles, waitSaved, writeStory } from "./support/editor";
import { mediaNamed } from "./support/media";

test.use({ storageState: authFile("author") });

const bodyOf = (url: string) => {
  const db = e2eDb();
  try {
    return (db.prepare("SELECT body FROM Article WHERE id = ?").get(url.split("/").pop()) as { body: string }).body;
  } finally {
    db.close();
  }
};

test("a picture pasted into the story is uploaded to the library, with its progress shown, and inserted", async ({
  page,
}) => {
  const url = await newArticle(page);
  await writeStory(page, "Queues at the ferry terminal after the storm");
  await waitSaved(page);

  // Hold the upload at the server's door so its progress can be seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/media?name=*", async (route) => {
    await held;
    await route.continue();
  });
  await pasteFiles(page, [{ name: "terminal-queue.png", mimeType: "image/png", buffer: await photo(900, 600, "png") }]);
  const uploads = page.getByRole("list", { name: "Images being added" });
  await expect(uploads.getByRole("progressbar", { name: "Uploading terminal-queue.png" })).toBeVisible();
  release();
  await expect(uploads.getByRole("listitem").filter({ hasText: "terminal-queue.png" }).getByRole("status")).toHaveText(
    "Added to the library",
  );

  const [stored] = mediaNamed("terminal-queue.png");
  const figure = body(page).getByRole("figure");
  await expect(figure).toHaveCount(1);
  await expect(figure.locator("img")).toHaveAttribute("src", `/media/${stored!.storageKey}`);
  // Nobody has described it yet, and the editor says so.
  await expect(figure.getByText("Needs alt text, or the decorative mark, before publishing.")).toBeVisible();
  // The editor with an image and its upload list stays accessible.
  await expectNoSeriousA11yViolations(page);
  await figure
    .getByLabel("Alt text", { exact: true })
    .fill("Cars queued along the seafront road to the ferry terminal");
  await waitSaved(page);

  const saved = JSON.parse(bodyOf(url));
  const node = saved.content.find((b: { type: string }) => b.type === "image");
  expect(node.attrs).toMatchObject({
    src: `/media/${stored!.storageKey}`,
    mediaId: stored!.id,
    width: 900,
    height: 600,
    alt: "Cars queued along the seafront road to the ferry terminal",
  });
  await page.reload();
  await expect(body(page).getByRole("figure").getByLabel("Alt text", { exact: true })).toHaveValue(
    "Cars queued along the seafront road to the ferry terminal",
  );
});

test("images dropped into the story are uploaded and inserted; a refused file says why and inserts nothing", async ({
  page,
}) => {
  const url = await newArticle(page);
  await writeStory(page, "Flood defences tested on the river front");
  await waitSaved(page);
  await dropFilesOnBody(page, [
    { name: "river-wall.jpg", mimeType: "image/jpeg", buffer: await photo(1200, 800) },
    { name: "river-logo.svg", mimeType: "image/svg+xml", buffer: svgFile() },
  ]);
  const uploads = page.getByRole("list", { name: "Images being added" });
  await expect(uploads.getByRole("listitem").filter({ hasText: "river-wall.jpg" }).getByRole("status")).toHaveText(
    "Added to the library",
  );
  await expect(uploads.getByRole("listitem").filter({ hasText: "river-logo.svg" }).getByRole("status")).toContainText(
    "Refused: SVG files are not accepted",
  );
  await expect(body(page).getByRole("figure")).toHaveCount(1);
  await expect(body(page).getByRole("figure").locator("img")).toHaveAttribute(
    "src",
    `/media/${mediaNamed("river-wall.jpg")[0]!.storageKey}`,
  );
  expect(mediaNamed("river-logo.svg")).toHaveLength(0);

  // The dropped picture is marked decorative instead of described: also an answer.
  await body(page).getByRole("figure").getByLabel("Decorative (no alt text)").check();
  await expect(body(page).getByRole("figure").getByLabel("Alt text", { exact: true })).toBeDisabled();
  await waitSaved(page);
  expect(JSON.parse(bodyOf(url)).content.find((b: { type: string }) => b.type === "image").attrs).toMatchObject({
    decorative: true,
    alt: "",
  });

  await page.getByRole("button", { name: "Clear finished uploads" }).click();
  await expect(uploads).toHaveCount(0);
});
