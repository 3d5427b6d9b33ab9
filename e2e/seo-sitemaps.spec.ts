import { expect, test, type APIRequestContext } from "@playwright/test";
import { hiddenStories, listedTagsAndAuthors, sections, storyPath, visibleStories, xml } from "./seo-support";

// Search engines find every story through robots.txt and the sitemaps, and nothing else.

const pathOf = (url: string) => new URL(url).pathname;

async function getXml(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toContain("xml");
  return xml.parse(await response.text());
}

test("robots.txt lists the sitemaps and keeps crawlers out of the desk and the API", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split("\n").map((l) => l.trim());
  expect(lines).toContain("Disallow: /admin");
  expect(lines).toContain("Disallow: /api/");
  const sitemaps = lines.filter((l) => l.startsWith("Sitemap: ")).map((l) => pathOf(l.slice("Sitemap: ".length)));
  expect(sitemaps).toEqual(["/sitemap.xml", "/news-sitemap.xml"]);
});

test.describe("sitemaps", () => {
  test("the index points at article, section, tag and author sitemaps that all answer", async ({ request }) => {
    const index = await getXml(request, "/sitemap.xml");
    const children: { loc: string }[] = index.sitemapindex.sitemap;
    const paths = children.map((s) => pathOf(s.loc));
    expect(paths).toEqual([
      "/sitemaps/articles-1.xml",
      "/sitemaps/sections.xml",
      "/sitemaps/tags.xml",
      "/sitemaps/authors.xml",
    ]);
    for (const path of paths) expect((await getXml(request, path)).urlset, path).toBeTruthy();
  });

  test("the article sitemap lists every published story once, with lastmod and its picture", async ({ request }) => {
    const urls: { loc: string; lastmod: string; "image:image"?: { "image:loc": string }[] }[] = (
      await getXml(request, "/sitemaps/articles-1.xml")
    ).urlset.url;
    const visible = visibleStories();
    expect(urls.map((u) => pathOf(u.loc)).sort()).toEqual(visible.map(storyPath).sort());
    for (const url of urls) {
      expect(Number.isNaN(Date.parse(url.lastmod)), url.loc).toBe(false);
      const story = visible.find((s) => storyPath(s) === pathOf(url.loc))!;
      expect(url["image:image"]?.length ?? 0, url.loc).toBe(story.hasImage ? 1 : 0);
    }
    const picture = urls.find((u) => u["image:image"])!["image:image"]![0]!["image:loc"];
    const image = await request.get(picture);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toMatch(/^image\//);
  });

  test("an article sitemap past the last one is a 404", async ({ request }) => {
    expect((await request.get("/sitemaps/articles-2.xml")).status()).toBe(404);
    expect((await request.get("/sitemaps/unknown.xml")).status()).toBe(404);
  });

  test("the listing sitemaps list the front page, every section, and tags and authors with published stories", async ({
    request,
  }) => {
    const locs = async (path: string) =>
      ((await getXml(request, path)).urlset.url as { loc: string }[]).map((u) => pathOf(u.loc));
    expect(await locs("/sitemaps/sections.xml")).toEqual(["/", ...sections().map((s) => `/${s.slug}`)]);
    const { tags, authors } = listedTagsAndAuthors();
    expect((await locs("/sitemaps/tags.xml")).sort()).toEqual(tags.map((t) => `/tag/${t}`).sort());
    expect((await locs("/sitemaps/authors.xml")).sort()).toEqual(authors.map((a) => `/author/${a}`).sort());
  });

  test("the news sitemap has the last 48 hours' stories with publication, date and title", async ({ request }) => {
    const urls: { loc: string; "news:news": Record<string, unknown> }[] = (await getXml(request, "/news-sitemap.xml"))
      .urlset.url;
    // The sitemap is cached for up to five minutes, so stories right at the 48-hour edge may go either way.
    const margin = 10 * 60_000;
    const windowStart = Date.now() - 48 * 3_600_000;
    const visible = visibleStories();
    const listed = urls.map((u) => pathOf(u.loc));
    for (const story of visible.filter((s) => Date.parse(s.publishedAt!) >= windowStart + margin))
      expect(listed, story.slug).toContain(storyPath(story));
    expect(listed.length).toBeGreaterThan(0);
    for (const url of urls) {
      const story = visible.find((s) => storyPath(s) === pathOf(url.loc));
      expect(story, url.loc).toBeDefined();
      const news = url["news:news"];
      expect(news["news:publication"]).toEqual({ "news:name": "The Meridian", "news:language": "en" });
      expect(Date.parse(news["news:publication_date"] as string)).toBeGreaterThanOrEqual(windowStart - margin);
      expect(news["news:title"]).toBe(story!.title);
    }
  });

  test("no draft, scheduled, archived or trashed story is in any sitemap", async ({ request }) => {
    const hidden = hiddenStories();
    expect([...new Set(hidden.map((h) => h.status))]).toEqual(
      expect.arrayContaining(["DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED"]),
    );
    for (const path of ["/sitemaps/articles-1.xml", "/news-sitemap.xml"]) {
      const listed = new Set(((await getXml(request, path)).urlset.url as { loc: string }[]).map((u) => pathOf(u.loc)));
      for (const story of hidden)
        expect(listed.has(storyPath(story)), `${story.status} ${story.slug} in ${path}`).toBe(false);
    }
  });
});
