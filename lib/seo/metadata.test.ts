import { describe, expect, it } from "vitest";
import { articleMetadata, listingMetadata } from "./metadata";
import { testArticle, testSite } from "./test-fixtures";

describe("article metadata", () => {
  const meta = articleMetadata(testArticle({ revisedAt: "2025-06-11T09:30:00.000Z" }), testSite);

  it("is canonical to the article's own path", () => {
    expect(meta.alternates?.canonical).toBe("/world/talks-resume");
  });

  it("is an Open Graph article with its times, section, tags and authors", () => {
    expect(meta.openGraph).toMatchObject({
      type: "article",
      url: "/world/talks-resume",
      publishedTime: "2025-06-10T04:00:00.000Z",
      modifiedTime: "2025-06-11T09:30:00.000Z",
      section: "World",
      tags: ["Diplomacy", "Trade"],
      authors: ["https://news.example/author/ayesha-siddiqui"],
      locale: "en_GB",
    });
  });

  it("asks for a large Twitter card and advertises the site's and the section's feeds", () => {
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", site: "@example" });
    expect(meta.alternates?.types).toEqual({
      "application/rss+xml": [
        { url: "/feed.xml", title: "The Example" },
        { url: "/world/feed.xml", title: "World | The Example" },
      ],
    });
  });

  it("prefers the desk's SEO title and description", () => {
    const custom = articleMetadata(testArticle({ metaTitle: "Short title", metaDescription: "For search." }), testSite);
    expect(custom.title).toBe("Short title");
    expect(custom.description).toBe("For search.");
  });
});

describe("listing metadata", () => {
  const listing = {
    name: "Trade",
    description: "Stories about Trade.",
    path: "/tag/trade",
    feedPath: "/tag/trade/feed.xml",
  };

  it("makes page 1 canonical to the bare path and later pages canonical to themselves", () => {
    expect(listingMetadata(testSite, { ...listing, page: 1 }).alternates?.canonical).toBe("/tag/trade");
    const page3 = listingMetadata(testSite, { ...listing, page: 3 });
    expect(page3.alternates?.canonical).toBe("/tag/trade?page=3");
    expect(page3.title).toBe("Trade: page 3");
  });

  it("shares the listing's own 1200x630 card with alt text", () => {
    expect(listingMetadata(testSite, { ...listing, page: 1 }).openGraph?.images).toEqual([
      { url: "/tag/trade/card.png", width: 1200, height: 630, alt: "Trade | The Example", type: "image/png" },
    ]);
  });
});
