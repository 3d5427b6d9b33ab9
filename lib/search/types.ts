import type { ArticleStatus } from "@/lib/generated/prisma/client";
import type { ArticleCard } from "@/lib/content/types";
import type { Segment } from "./highlight";
import type { SearchQuery } from "./query";

/** Which stories a search may return. */
export interface SearchScope {
  /** Readers: only stories visible at this moment (the rule in lib/content/visibility.ts). */
  visibleAt?: Date;
  /** The desk: any of these statuses (every status when absent). */
  statuses?: ArticleStatus[];
  /** The desk: stories in the trash instead of the others. */
  trashed?: boolean;
  sectionId?: string;
  authorId?: string;
  /** Only stories this person may see at the desk: their own (in the byline) and those readers can see. */
  viewerId?: string;
  /** The moment `viewerId`'s view is taken at; now when absent. */
  viewerAt?: Date;
  /** Inclusive lower and exclusive upper bound on `dateField`. */
  from?: Date;
  to?: Date;
  dateField?: "publishedAt" | "updatedAt";
}

export interface EngineHit {
  id: string;
  /** The headline with matches marked (see highlight.ts). */
  headline: string;
  /** A passage of the body (or standfirst) around the matches, marked. */
  snippet: string;
}

/** One per database, written in its own SQL (sqlite.ts, postgres.ts); both rank the headline above the body. */
export interface SearchEngine {
  find(query: SearchQuery, scope: SearchScope, limit: number, offset: number): Promise<EngineHit[]>;
  /** The number of matches, counting no further than `cap`. */
  count(query: SearchQuery, scope: SearchScope, cap: number): Promise<number>;
}

export interface SearchHit {
  article: ArticleCard;
  headline: Segment[];
  snippet: Segment[];
}

export interface SearchResults<H = SearchHit> {
  /** The query as searched, for showing back. */
  query: string;
  hits: H[];
  page: number;
  totalPages: number;
  /** Matches, counted up to a cap; `moreThan` says there are more than `total`. */
  total: number;
  moreThan: boolean;
}
