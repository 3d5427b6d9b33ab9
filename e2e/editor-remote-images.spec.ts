import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { photo } from "../lib/testing/images";
import { e2eDb } from "./support/db";
import { authFile } from "./support/desk";
import { body, confirmed, newArticle, pasteHtml, publish, update, waitSaved, writeStory } from "./support/editor";

// A picture pasted from a web page is never linked to on the reader page: the server tries to
// import it into the media library, and where that fails (here: an address that is not on the
// public internet, which the server refuses to fetch from) it stays in the story as a marked
// placeholder that blocks publishing and Update until it is removed or replaced.

test.describe.configure({ mode: "serial" });
test.use({ storageState: authFile("author") });

// TEST-NET-3: a documentation address, refused by the server's address guard before any connection.
const REMOTE = "https://203.0.113.7/wire/cranes.jpg";
const NOT_FETCHED = "Not imported: 203.0.113.7 is not a public address on the internet, so nothing is fetched from it.";
let storyPath = "";
let editorUrl = "";

const placeholder = (page: Page) => body(page).getByRole("figure", { name: "Image not in the media library" });

async function pasteWireImage(page: Page) {
  await body(page).click();
  await page.keyboard.press("Control+End");
  await pasteHtml(page, `<p>From the wire:</p><img src="${REMOTE}" alt="Cranes over the harbour">`, "From the wire:");
  await expect(placeholder(page)).toBeVisible();
  await expect(placeholder(page).getByText("Image from 203.0.113.7: not in the media library")).toBeVisible();
  await expect(placeholder(page).getByRole("status")).toHaveText(NOT_FETCHED);
}

/** The body the server holds for the story: a live story's working copy where it has one. */
const storedBody = (slug: string) => {
  const db = e2eDb();
  try {
    const row = db
      .prepare(
        "SELECT a.body, w.fields FROM Article a LEFT JOIN ArticleWorkingCopy w ON w.articleId = a.id WHERE a.slug = ?",
      )
      .get(slug) as { body: string; fields: string | null };
    return row.fields ? JSON.stringify(JSON.parse(row.fields).body) : row.body;
  } finally {
    db.close();
  }
};
let slug = "";

/** The story as a signed-out reader gets it, past every cache (a query string skips the page cache). */
const readerPage = async (request: APIRequestContext) => (await request.get(`${storyPath}?r=${Date.now()}`)).text();

test("a pasted remote image stays a marked placeholder that blocks publishing, and never reaches the reader page", async ({
  page,
  request,
}) => {
  editorUrl = await newArticle(page);
  await writeStory(page, "Harbour cranes return after repairs");
  await pasteWireImage(page);
  await waitSaved(page);
  await expectNoSeriousA11yViolations(page);
  slug = await page.getByLabel("Slug").inputValue();
  storyPath = `/world/${slug}`;
  // The placeholder is part of the stored story (the server's checks keep it), not only of this page.
  await expect.poll(() => storedBody(slug)).toContain(REMOTE);

  await confirmed(page, page.getByRole("button", { name: "Publish", exact: true }));
  await expect(
    page
      .getByRole("main")
      .getByText(
        "The image pasted from 203.0.113.7 is not in the media library: import it again, replace it with a library image, or remove it before the story goes live.",
      ),
  ).toBeVisible();
  await expect(page.getByText("Status:")).toContainText("Draft");

  // Trying again says the same, and the import is refused again.
  await placeholder(page).getByRole("button", { name: "Try the import again" }).click();
  await expect(placeholder(page).getByRole("status")).toHaveText(NOT_FETCHED);

  // The desk puts its own copy of the picture in its place, through the library; the words pasted with it stay.
  await placeholder(page).getByRole("button", { name: "Replace with a library image" }).click();
  const picker = page.getByRole("dialog", { name: "Replace the pasted image" });
  await picker
    .getByLabel("Images to upload")
    .setInputFiles([{ name: "cranes-own.jpg", mimeType: "image/jpeg", buffer: await photo(1200, 800) }]);
  await expect(picker.getByRole("form", { name: "Selected image" })).toContainText("cranes-own.jpg");
  await picker.getByRole("button", { name: "Use this image" }).click();
  await expect(placeholder(page)).toHaveCount(0);
  await expect(body(page).getByRole("figure").getByRole("img", { name: "Cranes over the harbour" })).toBeVisible();
  // Publish waits for the server to hold the replacement, even pressed at once.
  await publish(page);

  const html = await readerPage(request);
  expect(html).toContain("Harbour cranes return after repairs");
  const figure = /<img[^>]*alt="Cranes over the harbour"[^>]*>/.exec(html)?.[0];
  expect(figure).toMatch(/src="\/media\//);
  expect(html).not.toContain("203.0.113.7");
});

test("pasted into the live story, it is kept in the working copy, but Update refuses it and readers never get it", async ({
  page,
  request,
}) => {
  await page.goto(editorUrl);
  await pasteWireImage(page);
  await expect.poll(() => storedBody(slug)).toContain(REMOTE);
  await waitSaved(page);

  await confirmed(page, page.getByRole("button", { name: "Update", exact: true }));
  await expect(
    page
      .getByRole("main")
      .getByText(
        "The image pasted from 203.0.113.7 is not in the media library: import it again, replace it with a library image, or remove it before updating.",
      ),
  ).toBeVisible();
  expect(await readerPage(request)).not.toContain("203.0.113.7");

  await placeholder(page).getByRole("button", { name: "Remove this image" }).click();
  await update(page);
  const html = await readerPage(request);
  expect(html).toContain("From the wire:");
  expect(html).not.toContain("203.0.113.7");
});

// Plain http too: the picture is kept as the same placeholder (the schema admits an http address
// only as one) and the import is tried; this one is on a private network, so the server refuses it.
const PRIVATE_HTTP = "http://10.0.0.8/wire/lock-gates.jpg";
const NOT_FETCHED_PRIVATE =
  "Not imported: 10.0.0.8 is not a public address on the internet, so nothing is fetched from it.";
const blocked = (before: string) =>
  `The image pasted from 10.0.0.8 is not in the media library: import it again, replace it with a library image, or remove it ${before}.`;

async function pastePrivateHttpImage(page: Page) {
  await body(page).click();
  await page.keyboard.press("Control+End");
  await pasteHtml(page, `<p>Lock gates:</p><img src="${PRIVATE_HTTP}" alt="The new lock gates">`, "Lock gates:");
  await expect(placeholder(page).getByText("Image from 10.0.0.8: not in the media library")).toBeVisible();
  await expect(placeholder(page).getByRole("status")).toHaveText(NOT_FETCHED_PRIVATE);
  await expect(placeholder(page).getByLabel("Alt text", { exact: true })).toHaveValue("The new lock gates");
}

test("a picture pasted from a plain http address is kept as the same placeholder, blocks Publish and Update, and never reaches readers", async ({
  page,
  request,
}) => {
  await newArticle(page);
  await writeStory(page, "Lock gates reopen on the canal");
  await pastePrivateHttpImage(page);
  await waitSaved(page);
  const httpSlug = await page.getByLabel("Slug").inputValue();
  await expect.poll(() => storedBody(httpSlug)).toContain(PRIVATE_HTTP);

  await confirmed(page, page.getByRole("button", { name: "Publish", exact: true }));
  await expect(page.getByRole("main").getByText(blocked("before the story goes live"))).toBeVisible();
  await expect(page.getByText("Status:")).toContainText("Draft");

  await placeholder(page).getByRole("button", { name: "Remove this image" }).click();
  await publish(page);
  const readerPath = `/world/${httpSlug}?r=`;

  // Pasted again into the live story: kept in the working copy, refused by Update, absent for readers.
  await pastePrivateHttpImage(page);
  await expect.poll(() => storedBody(httpSlug)).toContain(PRIVATE_HTTP);
  await waitSaved(page);
  await confirmed(page, page.getByRole("button", { name: "Update", exact: true }));
  await expect(page.getByRole("main").getByText(blocked("before updating"))).toBeVisible();
  const html = await (await request.get(`${readerPath}${Date.now()}`)).text();
  expect(html).toContain("Lock gates reopen on the canal");
  expect(html).not.toContain("10.0.0.8");
});
