// URLs are stable: search engines index them.
export const articlePath = (sectionSlug: string, slug: string) => `/${sectionSlug}/${slug}`;
export const sectionPath = (slug: string) => `/${slug}`;
export const tagPath = (slug: string) => `/tag/${slug}`;
export const authorPath = (slug: string) => `/author/${slug}`;
export const mediaUrl = (storageKey: string) => `/media/${storageKey}`;

/**
 * Top-level paths a section slug may never take: the site's routes and files, and their names
 * without the extension (a section `logo` would sit beside `/logo.png`, `icon` is a route).
 */
export const RESERVED_SLUGS = new Set([
  "admin",
  "api",
  "author",
  "tag",
  "search",
  "feed",
  "feed.xml",
  "sitemap.xml",
  "news-sitemap.xml",
  "robots.txt",
  "media",
  "_next",
  "favicon.ico",
  "icon",
  "icon.svg",
  "icon-192.png",
  "icon-512.png",
  "apple-touch-icon.png",
  "manifest.webmanifest",
  "logo.png",
  ".well-known",
  "login",
  "preview",
  "corrections",
  "sitemaps",
  "sitemap",
  "news-sitemap",
  "robots",
  "logo",
  "card",
  "card.png",
  "manifest",
  "favicon",
  "apple-touch-icon",
  "icon-192",
  "icon-512",
  "security",
  "security.txt",
  "page",
]);
