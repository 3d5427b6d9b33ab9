import { expect, test, type APIRequestContext } from "@playwright/test";
import { busiestTag } from "./support/db";
import { hiddenStories, storyPath, storySlugsIn, visibleStories, xml } from "./seo-support";

// RSS readers and aggregators get full, valid feeds of published stories only.

interface Item {
  title: string;
  link: string;
  guid: { "#text": string; "@_isPermaLink": string };
  pubDate: string;
  description?: string;
  "content:encoded": string;
  "dc:creator": string[];
  category: (string | { "#text": string })[];
  "media:content"?: Record<string, string>;
}

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const pathOf = (url: string) => new URL(url).pathname;
const slugOf = (item: Item) => pathOf(item.link).split("/").pop()!;

async function getFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const rss = xml.parse(await response.text()).rss;
  return { rss, items: (rss.channel.item ?? []) as Item[] };
}

const feeds = () => {
  const story = visibleStories()[0]!;
  return {
    site: "/feed.xml",
    section: `/${story.sectionSlug}/feed.xml`,
    tag: `/tag/${busiestTag().slug}/feed.xml`,
    author: "/author/news-desk/feed.xml",
  };
};

test("the site feed is RSS 2.0 with the newest published stories in full", async ({ request, baseURL }) => {
  const { rss, items } = await getFeed(request, "/feed.xml");
  expect(rss["@_version"]).toBe("2.0");
  expect(rss.channel.title).toBe("The Meridian");
  expect(rss.channel.link).toBe(`${baseURL}/`);
  expect(rss.channel["atom:link"]["@_href"]).toBe(`${baseURL}/feed.xml`);
  expect(rss.channel.lastBuildDate).toMatch(RFC_822);

  const visible = visibleStories();
  expect(items.map(slugOf)).toEqual(visible.slice(0, items.length).map((s) => s.slug));
  for (const item of items) {
    const story = visible.find((s) => s.slug === slugOf(item))!;
    expect(item.link).toBe(`${baseURL}${storyPath(story)}`);
    expect(item.title).toBe(story.title);
    expect(item.guid).toEqual({ "#text": story.id, "@_isPermaLink": "false" });
    expect(item.pubDate).toMatch(RFC_822);
    expect(item["dc:creator"].length).toBeGreaterThan(0);
    expect(item["content:encoded"]).toContain("<p>");
    expect(item["content:encoded"]).not.toMatch(/<script|\son\w+=/i);
    expect(item["content:encoded"]).not.toMatch(/(src|href)="\//);
    if (story.hasImage) {
      expect(item["media:content"]).toMatchObject({
        "@_medium": "image",
        "@_type": "image/webp",
        "@_width": "1500",
        "@_height": "1000",
      });
      expect(item["media:content"]!["@_url"]).toMatch(new RegExp(`^${baseURL}/media/`));
    } else {
      expect(item["media:content"]).toBeUndefined();
    }
  }
});

test("section, tag and author feeds carry only that listing's stories", async ({ request }) => {
  const { section, tag, author } = feeds();
  for (const [kind, path] of [
    ["section", section],
    ["tag", tag],
    ["author", author],
  ] as const) {
    const slug = kind === "section" ? path.split("/")[1]! : path.split("/")[2]!;
    const expected = storySlugsIn(kind, slug);
    const { items } = await getFeed(request, path);
    expect(items.length, path).toBeGreaterThan(0);
    for (const item of items) expect(expected.has(slugOf(item)), `${slugOf(item)} in ${path}`).toBe(true);
  }
});

test("no draft, scheduled, archived or trashed story is in any feed", async ({ request }) => {
  const hidden = new Set(hiddenStories().map((s) => s.slug));
  expect(hidden.size).toBeGreaterThan(0);
  for (const path of Object.values(feeds())) {
    const { items } = await getFeed(request, path);
    for (const item of items) expect(hidden.has(slugOf(item)), `${slugOf(item)} in ${path}`).toBe(false);
  }
});

test("an unknown listing has no feed", async ({ request }) => {
  for (const path of ["/no-such-section/feed.xml", "/tag/no-such-tag/feed.xml", "/author/no-such-person/feed.xml"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("each listing page advertises its feed, and the front page the site's", async ({ page, request }) => {
  const { site, section, tag, author } = feeds();
  const cases: [string, string][] = [
    ["/", site],
    [section.replace("/feed.xml", ""), section],
    [tag.replace("/feed.xml", ""), tag],
    [author.replace("/feed.xml", ""), author],
  ];
  for (const [pagePath, feedPath] of cases) {
    await page.goto(pagePath);
    const hrefs = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((links) => links.map((l) => new URL(l.getAttribute("href")!).pathname));
    expect(hrefs, pagePath).toContain(feedPath);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }
});
