import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { authFile } from "./support/desk";
import { body, newArticle, pasteHtml, publish, waitSaved } from "./support/editor";

// Clipboard HTML in the shapes Word (365, Windows) and Google Docs write it
// (lib/editor/paste/fixtures): pasted into the editor, its lists, headings, emphasis, links and
// tables reach the stored story and the reader page.

const fixture = (name: string) => readFileSync(`lib/editor/paste/fixtures/${name}`, "utf8");

/** The story's structure as it shows in `root`: list items by nesting, subheads by level. */
async function expectStructure(
  root: Locator,
  want: { bullets: string[]; nested: string[]; numbered: string[]; h2: string; h3: string },
) {
  await expect(root.locator("ul:not(li ul) > li > p")).toHaveText(want.bullets);
  await expect(root.locator("li ul > li")).toHaveText(want.nested);
  await expect(root.locator("ol > li")).toHaveText(want.numbered);
  await expect(root.locator("h2")).toHaveText([want.h2]);
  await expect(root.locator("h3")).toHaveText([want.h3]);
  await expect(root.locator("h1")).toHaveCount(0);
}

async function pasteAndPublish(page: Page, title: string, html: string) {
  await newArticle(page);
  await page.getByLabel("Headline").fill(title);
  await body(page).click();
  await pasteHtml(page, html);
  await waitSaved(page);
  const slug = await page.getByLabel("Slug").inputValue();
  await publish(page);
  return `/world/${slug}`;
}

test("a story pasted from Word keeps its lists, subheads, emphasis, link and table", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  const want = {
    bullets: ["The hinges on all six gates", "The pumps at the north outfall"],
    nested: ["Two showed early wear"],
    numbered: ["Replace the worn hinges", "Test again in the autumn"],
    h2: "Flood barrier passes its first winter test",
    h3: "What the engineers checked",
  };
  const path = await pasteAndPublish(page, "Flood barrier holds", fixture("word-365.html"));
  await expectStructure(body(page), want);
  await expect(body(page).locator("h4")).toHaveText(["Next steps"]);
  await expect(body(page)).not.toContainText("·");

  await page.goto(path);
  const story = page.locator(".article-body");
  await expectStructure(story, want);
  await expect(story.locator("strong", { hasText: "two metres" })).toBeVisible();
  await expect(story.locator("em", { hasText: "temporary" })).toBeVisible();
  await expect(story.getByRole("link", { name: "authority’s website" })).toHaveAttribute(
    "href",
    "https://example.org/river-report",
  );
  await expect(story.getByRole("table").getByRole("cell")).toHaveText(["Gate", "Surge held", "North", "2.1 m"]);
  await page.context().close();
});

test("a story pasted from Google Docs keeps its lists, subheads, emphasis, link and table", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  const want = {
    bullets: ["N1, clockwise", "N2, anticlockwise"],
    nested: ["Every 20 minutes after midnight"],
    numbered: ["Board at the front door", "Show a pass or tap a card"],
    h2: "Night buses return to the ring road",
    h3: "Routes",
  };
  const path = await pasteAndPublish(page, "Night buses are back", fixture("google-docs.html"));
  await expectStructure(body(page), want);
  // Docs wraps everything in <b style="font-weight:normal">: none of it may turn bold.
  await expect(body(page).locator("strong")).toHaveText(["Friday", "Route", "Last bus"]);

  await page.goto(path);
  const story = page.locator(".article-body");
  await expectStructure(story, want);
  await expect(story.locator("em", { hasText: "fewer stops" })).toBeVisible();
  await expect(story.getByRole("link", { name: "online" })).toHaveAttribute(
    "href",
    "https://example.org/night-timetable",
  );
  await expect(story.getByRole("table").getByRole("cell")).toHaveText(["Route", "Last bus", "N1", "04:40"]);
  await page.context().close();
});
