import type { Article } from "@/lib/content/types";
import { emptyDocument } from "@/lib/editor/document";
import type { SeoSite } from "./types";

// Fixtures for the pure SEO builders' tests: a site and an article in the app's own shapes.

export const testSite: SeoSite = {
  origin: "https://news.example",
  name: "The Example",
  description: "News, read closely.",
  locale: "en-GB",
  logoUrl: null,
  sameAs: ["https://x.com/example"],
  xHandle: "example",
};

export function testArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: "a1",
    slug: "talks-resume",
    path: "/world/talks-resume",
    title: "Talks resume in Geneva",
    standfirst: "Negotiators return after a month.",
    excerpt: "Negotiators return.",
    section: { name: "World", slug: "world" },
    publishedAt: "2025-06-10T04:00:00.000Z",
    readingMinutes: 3,
    featured: false,
    image: null,
    sectionId: "s1",
    authors: [{ id: "u1", name: "Ayesha Siddiqui", slug: "ayesha-siddiqui", bio: "Correspondent.", avatar: null }],
    tags: [
      { name: "Diplomacy", slug: "diplomacy" },
      { name: "Trade", slug: "trade" },
    ],
    body: emptyDocument(),
    dateline: "GENEVA",
    revisedAt: null,
    wordCount: 640,
    metaTitle: null,
    metaDescription: null,
    corrections: [],
    socialImage: null,
    ...overrides,
  };
}
