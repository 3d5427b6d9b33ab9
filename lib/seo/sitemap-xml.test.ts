import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderNewsSitemap, renderSitemapIndex, renderUrlset } from "./sitemap-xml";

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "sitemap", "image:image"].includes(name) }).parse(
    xml,
  );
const origin = "https://news.example";

describe("sitemaps", () => {
  it("writes an index of absolute sitemap URLs with lastmod where known", () => {
    const doc = parse(
      renderSitemapIndex(origin, [
        { path: "/sitemaps/articles-1.xml", lastmod: "2025-06-10T04:00:00.000Z" },
        { path: "/sitemaps/tags.xml" },
      ]),
    );
    expect(doc.sitemapindex["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(doc.sitemapindex.sitemap).toEqual([
      { loc: "https://news.example/sitemaps/articles-1.xml", lastmod: "2025-06-10T04:00:00.000Z" },
      { loc: "https://news.example/sitemaps/tags.xml" },
    ]);
  });

  it("writes URLs with lastmod and their pictures in the image namespace", () => {
    const doc = parse(
      renderUrlset(origin, [
        { path: "/world/a", lastmod: "2025-06-10T04:00:00.000Z", images: ["/media/demo/a.webp"] },
        { path: "/world/b" },
      ]),
    );
    expect(doc.urlset["@_xmlns:image"]).toBe("http://www.google.com/schemas/sitemap-image/1.1");
    expect(doc.urlset.url[0]).toEqual({
      loc: "https://news.example/world/a",
      lastmod: "2025-06-10T04:00:00.000Z",
      "image:image": [{ "image:loc": "https://news.example/media/demo/a.webp" }],
    });
    expect(doc.urlset.url[1]).toEqual({ loc: "https://news.example/world/b" });
  });

  it("leaves out the image namespace when no URL has a picture", () => {
    expect(renderUrlset(origin, [{ path: "/tag/trade" }])).not.toContain("sitemap-image");
  });

  it("escapes what it writes", () => {
    const xml = renderNewsSitemap(origin, { name: "Smith & Sons <News>", language: "en" }, [
      { path: "/world/a", title: `"Quotes" & <tags>`, publishedAt: "2025-06-10T04:00:00.000Z" },
    ]);
    const news = parse(xml).urlset.url[0]["news:news"];
    expect(news["news:publication"]).toEqual({ "news:name": "Smith & Sons <News>", "news:language": "en" });
    expect(news["news:title"]).toBe(`"Quotes" & <tags>`);
    expect(news["news:publication_date"]).toBe("2025-06-10T04:00:00.000Z");
    expect(xml).toContain("&lt;tags&gt;");
  });
});
