import { sectionPath } from "@/lib/content/paths";
import { feedHtml } from "./feed-html";
import type { FeedItem } from "./types";
import { absoluteUrl } from "./urls";
import { element, htmlText, textElement, xmlDocument } from "./xml";

// RSS 2.0 with the content (full text), Dublin Core (bylines), Atom (self link) and Media RSS
// (picture) modules.
const NAMESPACES = {
  "xmlns:atom": "http://www.w3.org/2005/Atom",
  "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
  "xmlns:media": "http://search.yahoo.com/mrss/",
};

export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed mirrors. */
  path: string;
  feedPath: string;
  /** BCP 47: "en-GB". */
  language: string;
}

/** RFC 822 dates, as RSS 2.0 requires: "Tue, 10 Jun 2025 04:00:00 GMT". */
export const rfc822 = (iso: string) => new Date(iso).toUTCString();

function renderItem(origin: string, item: FeedItem): string {
  const url = absoluteUrl(origin, item.path);
  return element("item", {}, [
    textElement("title", item.title),
    textElement("link", url),
    // The id survives a change of slug or section, so readers never see a moved story twice.
    textElement("guid", item.id, { isPermaLink: "false" }),
    textElement("pubDate", rfc822(item.publishedAt)),
    // Readers decode a description as HTML: the standfirst is text, so it goes as text.
    item.summary && textElement("description", htmlText(item.summary)),
    textElement("content:encoded", feedHtml(item.html, origin)),
    ...item.authors.map((a) => textElement("dc:creator", a.name)),
    textElement("category", item.section.name, { domain: absoluteUrl(origin, sectionPath(item.section.slug)) }),
    ...item.tags.map((t) => textElement("category", t.name)),
    item.image &&
      element(
        "media:content",
        {
          url: absoluteUrl(origin, item.image.src),
          medium: "image",
          type: item.image.mimeType,
          width: item.image.width,
          height: item.image.height,
        },
        [
          item.image.alt && textElement("media:description", item.image.alt, { type: "plain" }),
          item.image.credit && textElement("media:credit", item.image.credit),
        ],
      ),
  ]);
}

export function renderRssFeed(origin: string, channel: FeedChannel, items: FeedItem[]): string {
  // The newest change rather than "now", so an unchanged feed is byte-for-byte the same.
  const lastBuild = items
    .map((i) => i.modifiedAt)
    .sort()
    .at(-1);
  const body = element("channel", {}, [
    textElement("title", channel.title),
    textElement("link", absoluteUrl(origin, channel.path)),
    textElement("description", htmlText(channel.description)),
    textElement("language", channel.language.toLowerCase()),
    lastBuild && textElement("lastBuildDate", rfc822(lastBuild)),
    textElement("generator", "Broadsheet"),
    element("atom:link", { href: absoluteUrl(origin, channel.feedPath), rel: "self", type: "application/rss+xml" }, []),
    ...items.map((item) => renderItem(origin, item)),
  ]);
  return xmlDocument(element("rss", { version: "2.0", ...NAMESPACES }, [body]));
}
