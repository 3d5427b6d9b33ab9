// Every cache tag in one place: cached reads attach them, desk mutations revalidate them
// (lib/content/expire-tags.ts). cache-tags.test.ts checks that every tag revalidated is read.
// Tags name what a read returns, keyed as the read is; URLs are made in paths.ts.
export const cacheTags = {
  settings: "settings",
  sections: "sections",
  home: "home",
  recent: "recent",
  // An article page's read, keyed by the slug it is read by.
  articleBySlug: (slug: string) => `article-slug:${slug}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  // Syndication: every sitemap, every feed, and the recorded-redirect lookups. The desk
  // revalidates these whenever a story is published, changed, unpublished or moved.
  sitemaps: "sitemaps",
  feeds: "feeds",
  redirects: "redirects",
  // The public corrections log and its feed.
  corrections: "corrections",
  // The site-wide breaking-news banner, on every reader page.
  breaking: "breaking",
  // A live page's updates (lib/live) and the "Most read" rail (lib/most-read).
  live: (id: string) => `live:${id}`,
  mostRead: "most-read",
} as const;

/** Seconds a cached read may be served before it is refreshed in the background. */
export const CACHE_SECONDS = 300;
