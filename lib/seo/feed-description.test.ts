import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { XSS_PAYLOADS } from "../../e2e/support/xss-payloads";
import { renderCorrectionsFeed } from "./corrections-feed";
import { renderRssFeed } from "./feed-xml";
import type { FeedItem } from "./types";

// Feed readers decode an item's <description> as HTML. The descriptions are text (standfirsts,
// excerpts, corrections), so a reader must find no tag in them: every "<" arrives as "&lt;".

const parse = (xml: string) => new XMLParser({ isArray: (name) => name === "item", trimValues: false }).parse(xml);

/** A payload as XML can carry it: without the control characters XML 1.0 forbids. */
const inXml = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");

/** What an HTML parser makes of a description that holds no "<": its five entities decoded. */
const asHtmlText = (html: string) =>
  html.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!,
  );

const item = (summary: string, i: number): FeedItem => ({
  id: `ck${i}`,
  path: `/world/story-${i}`,
  title: "A story",
  summary,
  html: "<p>Body</p>",
  publishedAt: "2025-06-10T04:00:00.000Z",
  modifiedAt: "2025-06-10T04:00:00.000Z",
  section: { name: "World", slug: "world" },
  authors: [],
  tags: [],
  image: null,
});

describe("feed descriptions", () => {
  it("carry every payload of the corpus as text a reader shows, never as markup", () => {
    const channel = { title: "T", description: XSS_PAYLOADS[0]!, path: "/", feedPath: "/feed.xml", language: "en" };
    const feed = parse(renderRssFeed("https://news.example", channel, XSS_PAYLOADS.map(item)));
    const descriptions: string[] = [
      feed.rss.channel.description,
      ...feed.rss.channel.item.map((i: { description: string }) => i.description),
    ];
    expect(descriptions).toHaveLength(XSS_PAYLOADS.length + 1);
    for (const [i, description] of descriptions.entries()) {
      expect(description).not.toContain("<");
      expect(asHtmlText(description)).toBe(inXml(i ? XSS_PAYLOADS[i - 1]! : XSS_PAYLOADS[0]!));
    }
  });

  it("do the same for corrections", () => {
    const entries = XSS_PAYLOADS.map((text, i) => ({
      id: `c${i}`,
      text,
      at: "2025-06-10T04:00:00.000Z",
      article: { title: "A story", path: "/world/a-story" },
    }));
    const feed = parse(
      renderCorrectionsFeed("https://news.example", { siteName: "<b>Site</b>", language: "en" }, entries),
    );
    expect(feed.rss.channel.description).not.toContain("<");
    for (const [i, entry] of feed.rss.channel.item.entries()) {
      expect(entry.description).not.toContain("<");
      expect(asHtmlText(entry.description)).toBe(inXml(XSS_PAYLOADS[i]!));
    }
  });
});
