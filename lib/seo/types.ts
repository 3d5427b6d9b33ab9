// Shapes the syndication code works with: small, serialisable (cached reads travel as JSON),
// with dates as ISO 8601 strings and URLs as site-relative paths until they are written out.

/** The publication as search engines and feed readers see it. */
export interface Publisher {
  name: string;
  description: string;
  /** BCP 47, as stored in the settings: "en-GB". */
  locale: string;
  /** A logo the desk configured (path or absolute URL), or null to use the generated one. */
  logoUrl: string | null;
  /** Profiles elsewhere (X, Facebook, LinkedIn) as absolute URLs. */
  sameAs: string[];
  /** The publication's X handle without "@", for twitter:site. */
  xHandle: string | null;
}

/** What a search engine needs to know about the publication on every page: where it lives. */
export interface SeoSite extends Publisher {
  origin: string;
}

export interface SitemapUrl {
  path: string;
  lastmod?: string;
  images?: string[];
}

export interface SitemapRef {
  path: string;
  lastmod?: string;
}

export interface NewsEntry {
  path: string;
  title: string;
  publishedAt: string;
}

export interface FeedImage {
  src: string;
  alt: string;
  width: number;
  height: number;
  mimeType: string;
  credit: string;
}

export interface FeedItem {
  id: string;
  path: string;
  title: string;
  summary: string;
  /** The body drawn by the node map's HTML output (lib/editor/to-html.ts); sanitised again before it is sent. */
  html: string;
  publishedAt: string;
  /** The later of publishedAt and the last editorial revision. */
  modifiedAt: string;
  section: { name: string; slug: string };
  authors: { name: string; slug: string }[];
  tags: { name: string; slug: string }[];
  image: FeedImage | null;
}

export interface RedirectTarget {
  toPath: string;
  permanent: boolean;
}
