import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { busiestTag } from "./support/db";
import { jsonLd, storyPath, visibleStories } from "./seo-support";

// Every reader page describes itself to search engines and social networks: title, description,
// canonical URL, Open Graph and Twitter cards with a 1200x630 image, and structured data.

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);

async function expectImage(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(/^image\/(png|jpeg)$/);
}

/** An absolute URL attribute, normalised ("https://x" and "https://x/" are the same page). */
async function urlIn(locator: ReturnType<Page["locator"]>, attribute: string) {
  return new URL((await locator.getAttribute(attribute))!).href;
}

async function expectSocialCard(page: Page, request: APIRequestContext, canonicalPath: string) {
  const canonical = new URL(canonicalPath, page.url()).href;
  expect(await urlIn(page.locator('link[rel="canonical"]'), "href")).toBe(canonical);
  await expect(meta(page, "description")).toHaveAttribute("content", /\w+ \w+/);
  expect(await urlIn(meta(page, "og:url"), "content")).toBe(canonical);
  await expect(meta(page, "og:title")).toHaveAttribute("content", /\w/);
  await expect(meta(page, "og:site_name")).toHaveAttribute("content", "The Meridian");
  await expect(meta(page, "og:image:width")).toHaveAttribute("content", "1200");
  await expect(meta(page, "og:image:height")).toHaveAttribute("content", "630");
  await expect(meta(page, "og:image:alt")).toHaveAttribute("content", /\w{3,}/);
  await expect(meta(page, "twitter:card")).toHaveAttribute("content", "summary_large_image");
  await expect(meta(page, "twitter:image:alt")).toHaveAttribute("content", /\w{3,}/);
  const image = (await meta(page, "og:image").getAttribute("content"))!;
  expect(await meta(page, "twitter:image").getAttribute("content")).toBe(image);
  await expectImage(request, image);
  const { width, height } = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  }, image);
  expect({ width, height }).toEqual({ width: 1200, height: 630 });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field below
type Ld = Record<string, any>;
const byType = (ld: Ld[], type: string): Ld | undefined => ld.find((o) => o["@type"] === type);

async function structuredData(page: Page) {
  return jsonLd(await page.content());
}

test("the front page: website with search, publisher, and the site's card", async ({ page, request }) => {
  await page.goto("/");
  await expectSocialCard(page, request, "/");
  await expect(meta(page, "og:type")).toHaveAttribute("content", "website");
  const ld = await structuredData(page);
  const site = byType(ld, "WebSite")!;
  expect(site.potentialAction).toMatchObject({
    "@type": "SearchAction",
    "query-input": "required name=search_term_string",
  });
  expect(site.potentialAction.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
  const org = byType(ld, "NewsMediaOrganization")!;
  expect(org.name).toBe("The Meridian");
  await expectImage(request, org.logo.url);
});

test("an article: Open Graph article tags and NewsArticle with breadcrumbs", async ({ page, request }) => {
  const story = visibleStories().find((s) => s.hasImage)!;
  await page.goto(storyPath(story));
  await expectSocialCard(page, request, storyPath(story));
  await expect(meta(page, "og:type")).toHaveAttribute("content", "article");
  // The story's own picture, cropped, rather than the generated card.
  await expect(meta(page, "og:image:type")).toHaveAttribute("content", "image/jpeg");
  await expect(meta(page, "og:image:alt")).toHaveAttribute(
    "content",
    (await page
      .getByRole("article")
      .filter({ has: page.getByRole("heading", { level: 1 }) })
      .getByRole("img")
      .first()
      .getAttribute("alt"))!,
  );
  await expect(meta(page, "article:published_time")).toHaveAttribute("content", /^\d{4}-\d{2}-\d{2}T/);
  await expect(meta(page, "article:modified_time")).toHaveAttribute("content", /^\d{4}-\d{2}-\d{2}T/);
  await expect(meta(page, "article:section")).toHaveAttribute("content", /\w/);
  expect(await meta(page, "article:tag").count()).toBeGreaterThan(0);
  await expect(meta(page, "article:author").first()).toHaveAttribute("content", /\/author\/[a-z0-9-]+$/);

  const ld = await structuredData(page);
  const article = byType(ld, "NewsArticle")!;
  expect(article.headline).toBe(story.title);
  expect(article.mainEntityOfPage["@id"]).toBe(page.url());
  expect(Date.parse(article.datePublished)).toBeLessThanOrEqual(Date.parse(article.dateModified));
  expect(article.author[0]).toMatchObject({
    "@type": "Person",
    name: expect.any(String),
    url: expect.stringMatching(/\/author\//),
  });
  expect(article.publisher).toMatchObject({ name: "The Meridian", logo: { url: expect.stringMatching(/^http/) } });
  expect(article.articleSection).toBeTruthy();
  expect(article.keywords.length).toBeGreaterThan(0);
  expect(article.wordCount).toBeGreaterThan(100);
  expect(article.image).toHaveLength(3);
  for (const src of article.image) await expectImage(request, src);

  const crumbs = byType(ld, "BreadcrumbList")!.itemListElement;
  expect(crumbs.map((c: { position: number }) => c.position)).toEqual([1, 2, 3]);
  expect(crumbs[2].item).toBe(page.url());
});

test("an article without a picture gets a generated headline card", async ({ page, request }) => {
  const story = visibleStories().find((s) => !s.hasImage)!;
  await page.goto(storyPath(story));
  await expectSocialCard(page, request, storyPath(story));
  await expect(meta(page, "og:image:type")).toHaveAttribute("content", "image/png");
  await expect(meta(page, "og:image:alt")).toHaveAttribute(
    "content",
    new RegExp(story.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
  );
});

test("a section page and its later pages, with breadcrumbs", async ({ page, request }) => {
  const section = visibleStories()[0]!.sectionSlug;
  await page.goto(`/${section}`);
  await expectSocialCard(page, request, `/${section}`);
  const crumbs = byType(await structuredData(page), "BreadcrumbList")!.itemListElement;
  expect(crumbs.map((c: { item: string }) => new URL(c.item).pathname)).toEqual(["/", `/${section}`]);
});

test("a tag page is canonical to itself on every page", async ({ page, request }) => {
  const tag = busiestTag();
  await page.goto(`/tag/${tag.slug}`);
  await expectSocialCard(page, request, `/tag/${tag.slug}`);
  expect(byType(await structuredData(page), "BreadcrumbList")!.itemListElement[1].name).toBe(tag.name);
  await page.goto(`/tag/${tag.slug}?page=2`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/tag/${tag.slug}\\?page=2$`));
  await expect(page).toHaveTitle(`${tag.name}: page 2 | The Meridian`);
});

test("an author page is a ProfilePage for its author", async ({ page, request }) => {
  await page.goto("/author/news-desk");
  await expectSocialCard(page, request, "/author/news-desk");
  const profile = byType(await structuredData(page), "ProfilePage")!;
  expect(profile.mainEntity).toMatchObject({ "@type": "Person", name: "News Desk", url: page.url() });
});

test("every structured-data block is whole JSON with no raw '<' that could end its script", async ({ request }) => {
  const html = await (await request.get(storyPath(visibleStories()[0]!))).text();
  const blocks = html.split('<script type="application/ld+json">').length - 1;
  expect(blocks).toBe(2);
  expect(jsonLd(html)).toHaveLength(blocks);
});
