import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderRssFeed, rfc822 } from "./feed-xml";
import type { FeedItem } from "./types";

const origin = "https://news.example";
const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ["item", "category", "dc:creator"].includes(name),
  }).parse(xml);

const item = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  id: "ckarticle1",
  path: "/world/talks-resume",
  title: "Talks resume & progress",
  summary: "Negotiators return.",
  html: '<p>Body with <a href="/world/other">a link</a>.</p><script>alert(1)</script><p onclick="x()">Two</p><figure><img src="/media/demo/a.webp" alt="A"></figure>',
  publishedAt: "2025-06-10T04:00:00.000Z",
  modifiedAt: "2025-06-11T04:00:00.000Z",
  section: { name: "World", slug: "world" },
  authors: [
    { name: "Ayesha Siddiqui", slug: "ayesha-siddiqui" },
    { name: "News Desk", slug: "news-desk" },
  ],
  tags: [{ name: "Diplomacy", slug: "diplomacy" }],
  image: {
    src: "/media/demo/summit.webp",
    alt: "A table",
    width: 1500,
    height: 1000,
    mimeType: "image/webp",
    credit: "Illustration",
  },
  ...overrides,
});

const channel = { title: "The Example", description: "News.", path: "/", feedPath: "/feed.xml", language: "en-GB" };

describe("RSS feed", () => {
  const doc = parse(
    renderRssFeed(origin, channel, [
      item(),
      item({
        id: "ckarticle2",
        image: null,
        publishedAt: "2025-06-09T04:00:00.000Z",
        modifiedAt: "2025-06-09T04:00:00.000Z",
      }),
    ]),
  );
  const rss = doc.rss;
  const [first, second] = rss.channel.item;

  it("is RSS 2.0 with the namespaces it uses", () => {
    expect(rss["@_version"]).toBe("2.0");
    expect(rss["@_xmlns:content"]).toBe("http://purl.org/rss/1.0/modules/content/");
    expect(rss["@_xmlns:media"]).toBe("http://search.yahoo.com/mrss/");
    expect(rss["@_xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
  });

  it("describes the channel with absolute links and its newest change", () => {
    expect(rss.channel.title).toBe("The Example");
    expect(rss.channel.link).toBe("https://news.example/");
    expect(rss.channel.language).toBe("en-gb");
    expect(rss.channel.lastBuildDate).toBe("Wed, 11 Jun 2025 04:00:00 GMT");
    expect(rss.channel["atom:link"]).toMatchObject({ "@_href": "https://news.example/feed.xml", "@_rel": "self" });
  });

  it("gives each item an absolute link, an RFC 822 date and a stable guid that is not a permalink", () => {
    expect(first.title).toBe("Talks resume & progress");
    expect(first.link).toBe("https://news.example/world/talks-resume");
    expect(first.pubDate).toBe("Tue, 10 Jun 2025 04:00:00 GMT");
    expect(first.guid).toEqual({ "#text": "ckarticle1", "@_isPermaLink": "false" });
  });

  it("names every author and the section and tags", () => {
    expect(first["dc:creator"]).toEqual(["Ayesha Siddiqui", "News Desk"]);
    expect(first.category.map((c: { "#text"?: string } | string) => (typeof c === "string" ? c : c["#text"]))).toEqual([
      "World",
      "Diplomacy",
    ]);
  });

  it("carries the full text, sanitised again, with absolute URLs", () => {
    const html: string = first["content:encoded"];
    expect(html).toContain('<a href="https://news.example/world/other">a link</a>');
    expect(html).toContain('<img src="https://news.example/media/demo/a.webp" alt="A" />');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onclick");
  });

  it("offers the picture as Media RSS, and nothing for a story without one", () => {
    expect(first["media:content"]).toMatchObject({
      "@_url": "https://news.example/media/demo/summit.webp",
      "@_medium": "image",
      "@_type": "image/webp",
      "@_width": "1500",
      "@_height": "1000",
      "media:description": { "#text": "A table", "@_type": "plain" },
    });
    expect(second["media:content"]).toBeUndefined();
  });

  it("formats dates as RFC 822 in GMT", () => {
    expect(rfc822("2025-01-02T03:04:05.000Z")).toBe("Thu, 02 Jan 2025 03:04:05 GMT");
  });
});
