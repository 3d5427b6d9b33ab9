import type { NewsEntry, SitemapRef, SitemapUrl } from "./types";
import { absoluteUrl } from "./urls";
import { element, textElement, xmlDocument } from "./xml";

// The sitemap protocol (sitemaps.org) with Google's image and news extensions.
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

export function renderSitemapIndex(origin: string, sitemaps: SitemapRef[]): string {
  const entries = sitemaps.map((s) =>
    element("sitemap", {}, [
      textElement("loc", absoluteUrl(origin, s.path)),
      s.lastmod && textElement("lastmod", s.lastmod),
    ]),
  );
  return xmlDocument(element("sitemapindex", { xmlns: SITEMAP_NS }, entries));
}

export function renderUrlset(origin: string, urls: SitemapUrl[]): string {
  const withImages = urls.some((u) => u.images?.length);
  const entries = urls.map((u) =>
    element("url", {}, [
      textElement("loc", absoluteUrl(origin, u.path)),
      u.lastmod && textElement("lastmod", u.lastmod),
      ...(u.images ?? []).map((src) =>
        element("image:image", {}, [textElement("image:loc", absoluteUrl(origin, src))]),
      ),
    ]),
  );
  return xmlDocument(element("urlset", { xmlns: SITEMAP_NS, "xmlns:image": withImages ? IMAGE_NS : null }, entries));
}

export function renderNewsSitemap(
  origin: string,
  publication: { name: string; language: string },
  entries: NewsEntry[],
): string {
  const urls = entries.map((e) =>
    element("url", {}, [
      textElement("loc", absoluteUrl(origin, e.path)),
      element("news:news", {}, [
        element("news:publication", {}, [
          textElement("news:name", publication.name),
          textElement("news:language", publication.language),
        ]),
        textElement("news:publication_date", e.publishedAt),
        textElement("news:title", e.title),
      ]),
    ]),
  );
  return xmlDocument(element("urlset", { xmlns: SITEMAP_NS, "xmlns:news": NEWS_NS }, urls));
}
