import { authorPath, sectionPath, tagPath } from "@/lib/content/paths";

// Public URLs for syndication and generated images. Each has a dot in a segment, a reserved first
// segment or more segments than any page, so none can collide with a section or article URL
// (slugs are [a-z0-9-] only).

/** `origin` + `path`; feeds, sitemaps and JSON-LD need absolute URLs. */
export const absoluteUrl = (origin: string, path: string) => new URL(path, `${origin}/`).toString();

export const siteFeedPath = "/feed.xml";
export const sectionFeedPath = (slug: string) => `${sectionPath(slug)}/feed.xml`;
export const tagFeedPath = (slug: string) => `${tagPath(slug)}/feed.xml`;
export const authorFeedPath = (slug: string) => `${authorPath(slug)}/feed.xml`;

export const sitemapIndexPath = "/sitemap.xml";
export const newsSitemapPath = "/news-sitemap.xml";
export const articleSitemapPath = (n: number) => `/sitemaps/articles-${n}.xml`;
export const taxonomySitemapPath = (kind: TaxonomyKind) => `/sitemaps/${kind}.xml`;
export type TaxonomyKind = "sections" | "tags" | "authors";

/** The publication's logo, drawn from its name unless the settings name one. */
export const logoPath = "/logo.png";

/** Social cards for listings: the front page, a section, a tag, an author. */
export const siteCardPath = "/card.png";
export const listingCardPath = (listingPath: string) => `${listingPath}/card.png`;

/** Crops of an article's picture (or its headline card) for structured data. */
export const ARTICLE_IMAGE_RATIOS = {
  "16x9": { width: 1200, height: 675 },
  "4x3": { width: 1200, height: 900 },
  "1x1": { width: 1000, height: 1000 },
} as const;
export type ArticleImageRatio = keyof typeof ARTICLE_IMAGE_RATIOS;
export const articleImagePath = (articlePath: string, ratio: ArticleImageRatio) => `${articlePath}/images/${ratio}`;

/** Open Graph and Twitter cards: the size every network crops to without losing text. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export type SitemapFile = { kind: "articles"; n: number } | { kind: TaxonomyKind };

/** "articles-2.xml" -> article sitemap 2; "tags.xml" -> the tag sitemap; anything else -> null. */
export function parseSitemapFile(file: string): SitemapFile | null {
  const articles = file.match(/^articles-([1-9]\d{0,5})\.xml$/);
  if (articles) return { kind: "articles", n: Number(articles[1]) };
  const kind = file.match(/^(sections|tags|authors)\.xml$/)?.[1] as TaxonomyKind | undefined;
  return kind ? { kind } : null;
}

/** The public log of corrections and its feed. */
export const correctionsPath = "/corrections";
export const correctionsFeedPath = "/corrections/feed.xml";
