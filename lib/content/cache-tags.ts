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
} as const;

/** Seconds a cached read may be served before it is refreshed in the background. */
export const CACHE_SECONDS = 300;
