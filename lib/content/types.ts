// The app's own shapes for content. Reader pages and components see only these, never rows.
import type { ArticleDocument } from "@/lib/editor/document";

export interface SectionSummary {
  name: string;
  slug: string;
}

export interface Section extends SectionSummary {
  id: string;
  description: string;
}

export interface TagSummary {
  name: string;
  slug: string;
}

export interface AuthorSummary {
  name: string;
  slug: string;
}

export interface Author extends AuthorSummary {
  id: string;
  bio: string;
  avatar: ImageInfo | null;
}

export interface ImageInfo {
  src: string;
  alt: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
  blurDataUrl: string | null;
}

export interface ArticleCard {
  id: string;
  slug: string;
  path: string;
  title: string;
  standfirst: string;
  excerpt: string;
  section: SectionSummary;
  authors: AuthorSummary[];
  /** ISO 8601: cached results are serialised, so dates travel as strings. */
  publishedAt: string;
  /** Last editorial change readers should know about; null until edited after publishing. */
  revisedAt: string | null;
  readingMinutes: number;
  featured: boolean;
  image: ImageInfo | null;
  /** A live page whose coverage is running now: cards show a "Live" badge. */
  live?: boolean;
}

export interface Article extends Omit<ArticleCard, "authors"> {
  sectionId: string;
  authors: Author[];
  tags: TagSummary[];
  body: ArticleDocument;
  dateline: string;
  wordCount: number;
  metaTitle: string | null;
  metaDescription: string | null;
  corrections: { text: string; at: string }[];
  /** The image shared on social networks: the chosen social image, else the featured image. */
  socialImage: ImageInfo | null;
  /** Set when the story is (or was) a live page; `endedAt` null while the coverage runs. */
  liveCoverage?: { startedAt: string; endedAt: string | null } | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  /** Counted up to the last page offered (MAX_PAGE pages). */
  total: number;
}

export interface SiteSettings {
  siteName: string;
  description: string;
  locale: string;
  timeZone: string;
}
