// Every cache tag in one place: cached reads attach them, desk mutations revalidate them.
export const cacheTags = {
  settings: "settings",
  sections: "sections",
  home: "home",
  recent: "recent",
  article: (id: string) => `article:${id}`,
  articlePath: (slug: string) => `article-slug:${slug}`,
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
