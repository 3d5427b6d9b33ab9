import { describe, expect, it } from "vitest";
import {
  breadcrumbJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  profilePageJsonLd,
  serializeJsonLd,
  webSiteJsonLd,
} from "./json-ld";
import { testArticle, testSite } from "./test-fixtures";

// Assertions read the JSON that pages actually embed.
const embedded = (data: Parameters<typeof serializeJsonLd>[0]) => JSON.parse(serializeJsonLd(data));

describe("NewsArticle", () => {
  const ld = embedded(newsArticleJsonLd(testArticle(), testSite));

  it("has the fields Google asks of a news article", () => {
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe("Talks resume in Geneva");
    expect(ld.datePublished).toBe("2025-06-10T04:00:00.000Z");
    expect(ld.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": "https://news.example/world/talks-resume" });
    expect(ld.articleSection).toBe("World");
    expect(ld.keywords).toEqual(["Diplomacy", "Trade"]);
    expect(ld.wordCount).toBe(640);
    expect(ld.dateline).toBe("GENEVA");
  });

  it("offers the image in 16:9, 4:3 and 1:1 as absolute URLs", () => {
    expect(ld.image).toEqual([
      "https://news.example/world/talks-resume/images/16x9",
      "https://news.example/world/talks-resume/images/4x3",
      "https://news.example/world/talks-resume/images/1x1",
    ]);
  });

  it("names each author as a Person with a profile URL", () => {
    expect(ld.author).toEqual([
      expect.objectContaining({
        "@type": "Person",
        name: "Ayesha Siddiqui",
        url: "https://news.example/author/ayesha-siddiqui",
      }),
    ]);
  });

  it("names the publisher with its logo", () => {
    expect(ld.publisher).toMatchObject({
      "@type": "NewsMediaOrganization",
      name: "The Example",
      url: "https://news.example/",
      logo: { "@type": "ImageObject", url: "https://news.example/logo.png" },
    });
  });

  it("is modified when revised after publication, and otherwise when published", () => {
    const revised = embedded(newsArticleJsonLd(testArticle({ revisedAt: "2025-06-11T09:30:00.000Z" }), testSite));
    expect(revised.dateModified).toBe("2025-06-11T09:30:00.000Z");
    const backdated = embedded(newsArticleJsonLd(testArticle({ revisedAt: "2025-06-01T00:00:00.000Z" }), testSite));
    expect(backdated.dateModified).toBe("2025-06-10T04:00:00.000Z");
    expect(ld.dateModified).toBe("2025-06-10T04:00:00.000Z");
  });

  it("uses a logo the settings name instead of the generated one", () => {
    const custom = embedded(newsArticleJsonLd(testArticle(), { ...testSite, logoUrl: "/media/logo.svg" }));
    expect(custom.publisher.logo.url).toBe("https://news.example/media/logo.svg");
  });
});

describe("BreadcrumbList", () => {
  it("starts at the front page and numbers each step", () => {
    const ld = embedded(breadcrumbJsonLd(testSite, [{ name: "World", path: "/world" }]));
    expect(ld.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "The Example", item: "https://news.example/" },
      { "@type": "ListItem", position: 2, name: "World", item: "https://news.example/world" },
    ]);
  });
});

describe("front page", () => {
  it("describes the site with a search action on /search?q=", () => {
    const ld = embedded(webSiteJsonLd(testSite));
    expect(ld["@type"]).toBe("WebSite");
    expect(ld.url).toBe("https://news.example/");
    expect(ld.potentialAction).toEqual({
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: "https://news.example/search?q={search_term_string}" },
      "query-input": "required name=search_term_string",
    });
  });

  it("describes the publisher with its profiles elsewhere", () => {
    const ld = embedded(organizationJsonLd(testSite));
    expect(ld).toMatchObject({
      "@type": "NewsMediaOrganization",
      name: "The Example",
      sameAs: ["https://x.com/example"],
    });
  });
});

describe("ProfilePage", () => {
  it("has the author as its main entity", () => {
    const author = { id: "u1", name: "Ayesha Siddiqui", slug: "ayesha-siddiqui", bio: "Correspondent.", avatar: null };
    const ld = embedded(profilePageJsonLd(author, testSite));
    expect(ld["@type"]).toBe("ProfilePage");
    expect(ld.mainEntity).toMatchObject({
      "@type": "Person",
      name: "Ayesha Siddiqui",
      url: "https://news.example/author/ayesha-siddiqui",
      description: "Correspondent.",
    });
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element it is written into", () => {
    const json = serializeJsonLd(
      newsArticleJsonLd(testArticle({ title: "</script><script>alert(1)</script>" }), testSite),
    );
    expect(json).not.toContain("<");
    expect(JSON.parse(json).headline).toBe("</script><script>alert(1)</script>");
  });
});
