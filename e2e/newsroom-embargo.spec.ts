import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eDb } from "./support/db";
import { authFile } from "./support/desk";
import { confirmed, newArticle, waitSaved, writeStory } from "./support/editor";
import { deskClockInput, storyBySlug, type StoryRow } from "./support/newsroom";

test.describe.configure({ mode: "serial" });

function bylinesAndTags(id: string): { authors: string[]; tags: string[] } {
  const db = e2eDb();
  try {
    const authors = db
      .prepare(`SELECT u.slug FROM ArticleAuthor aa JOIN User u ON u.id = aa.userId WHERE aa.articleId = ?`)
      .all(id) as { slug: string }[];
    const tags = db
      .prepare(`SELECT t.slug FROM ArticleTag at JOIN Tag t ON t.id = at.tagId WHERE at.articleId = ?`)
      .all(id) as { slug: string }[];
    return { authors: authors.map((a) => a.slug), tags: tags.map((t) => t.slug) };
  } finally {
    db.close();
  }
}

const ogImageOf = (html: string) =>
  new URL(html.match(/<meta property="og:image" content="([^"]+)"/)![1]!.replace(/&amp;/g, "&")).pathname;

/** The social image route's last segments ("/opengraph-image-<build id>/social"), read from a visible story. */
async function socialImageSuffix(request: APIRequestContext): Promise<string> {
  const visible = storyBySlug("afghanistan-winter-aid-appeal-funding-gap");
  return ogImageOf(await (await request.get(visible.path)).text()).slice(visible.path.length);
}

/** Every reader route where the story shows, by URL: its page and images answer, or a listing names it. */
async function routesShowing(request: APIRequestContext, story: StoryRow, searchWord: string): Promise<string[]> {
  const { authors, tags } = bylinesAndTags(story.id);
  const own = [story.path, `${story.path}/images/16x9`, `${story.path}${await socialImageSuffix(request)}`];
  const listings = [
    "/",
    `/${story.sectionSlug}`,
    ...tags.map((t) => `/tag/${t}`),
    ...authors.map((a) => `/author/${a}`),
    `/search?q=${encodeURIComponent(searchWord)}`,
    "/feed.xml",
    `/${story.sectionSlug}/feed.xml`,
    ...tags.map((t) => `/tag/${t}/feed.xml`),
    "/sitemaps/articles-1.xml",
    "/news-sitemap.xml",
  ];
  const shown: string[] = [];
  for (const url of own) if ((await request.get(url)).status() !== 404) shown.push(url);
  for (const url of listings) if ((await (await request.get(url)).text()).includes(story.path)) shown.push(url);
  return shown;
}

test("the demo embargoed story is unreachable on every reader route, and the desk shows its embargo", async ({
  browser,
  request,
}) => {
  const story = storyBySlug("eu-gulf-summit-draft-joint-communique-trade-energy");
  expect(await routesShowing(request, story, "communiqué")).toEqual([]);
  const desk = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await desk.goto(`/admin/articles?q=${encodeURIComponent("joint communiqué")}`);
  await expect(desk.getByRole("row").filter({ hasText: story.title })).toContainText("Embargoed until");
  await desk.goto(`/admin/articles/${story.id}`);
  await expect(desk.getByRole("note").filter({ hasText: "Embargoed until" })).toBeVisible();
  await desk.goto("/admin");
  await expect(
    desk.getByRole("region", { name: "Under embargo" }).getByRole("row").filter({ hasText: story.title }),
  ).toContainText("Embargoed until");
  await desk.context().close();
});

test("a story published under embargo reaches no reader, crawler or preview link until its time, then everywhere", async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const title = "Quillfeather accord text agreed ahead of the summit";
  const desk = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await newArticle(desk);
  await writeStory(desk, title, "Negotiators settled the Quillfeather accord text overnight.");
  await desk.getByLabel("Tags").fill("Quillfeather Accord");
  await waitSaved(desk);
  // A preview link shared before the embargo was set...
  await desk.getByRole("button", { name: "Preview link" }).click();
  const preview = new URL((await desk.getByRole("link", { name: /\/preview\// }).getAttribute("href"))!);
  expect((await request.get(preview.pathname)).status()).toBe(200);
  await desk.getByLabel("Embargo until").fill(deskClockInput(90_000));
  await waitSaved(desk);
  await expect(desk.getByRole("note").filter({ hasText: "Embargoed until" })).toBeVisible();
  // ...is no longer offered, and no new one is made: the desk is told why.
  await expect(desk.getByRole("link", { name: /\/preview\// })).toHaveCount(0);
  await desk.getByRole("button", { name: "Preview link" }).click();
  await expect(
    desk.getByRole("status").filter({ hasText: "Preview links can be made once the embargo lifts" }),
  ).toBeVisible();
  await expect(desk.getByRole("link", { name: /\/preview\// })).toHaveCount(0);
  await confirmed(desk, desk.getByRole("button", { name: "Publish", exact: true }));
  await expect(desk.getByText("Embargoed: scheduled to publish when the embargo lifts.")).toBeVisible();
  const slug = await desk.getByLabel("Slug").inputValue();
  await desk.context().close();

  const story = storyBySlug(slug);
  expect(await routesShowing(request, story, "Quillfeather")).toEqual([]);
  expect((await request.get(preview.pathname)).status()).toBe(404);

  // Nobody acts: the embargo passes, the scheduler publishes it and refreshes every cached listing.
  await expect
    .poll(async () => (await request.get(story.path)).status(), { timeout: 180_000, intervals: [5_000] })
    .toBe(200);
  const everywhere = await routesShowing(request, story, "Quillfeather");
  expect(everywhere).toEqual(
    expect.arrayContaining([
      story.path,
      `${story.path}/images/16x9`,
      "/",
      `/${story.sectionSlug}`,
      "/tag/quillfeather-accord",
      "/feed.xml",
      "/sitemaps/articles-1.xml",
      "/news-sitemap.xml",
      "/search?q=Quillfeather",
    ]),
  );
  const ogImage = ogImageOf(await (await request.get(story.path)).text());
  expect(ogImage).toBe(`${story.path}${await socialImageSuffix(request)}`);
  expect(everywhere).toContain(ogImage);
  // A preview link made before the embargo was set never opens, even now.
  expect((await request.get(preview.pathname)).status()).toBe(404);
});
