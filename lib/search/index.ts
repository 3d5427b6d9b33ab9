import "server-only";
import { databaseProvider, type PrismaClient } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { cardSelect, toCard } from "@/lib/content/reshape";
import { toSegments, type Segment } from "./highlight";
import { MAX_SEARCH_PAGES, SEARCH_PAGE_SIZE } from "./limits";
import { postgresSearch } from "./postgres";
import { isEmptyQuery, parseSearchQuery, type SearchQuery } from "./query";
import { sqliteSearch } from "./sqlite";
import type { EngineHit, SearchEngine, SearchHit, SearchResults, SearchScope } from "./types";

// Full-text search over articles: one interface, one engine per database (sqlite.ts, postgres.ts),
// each backed by objects its migrations create. Readers see published stories only; the desk
// searches every status.

export { MAX_SEARCH_PAGES, SEARCH_PAGE_SIZE };
const COUNT_CAP = SEARCH_PAGE_SIZE * MAX_SEARCH_PAGES;

export type { SearchHit, SearchResults, SearchScope } from "./types";
export type { Segment } from "./highlight";

export function searchEngine(db: PrismaClient): SearchEngine {
  return databaseProvider(db) === "postgresql" ? postgresSearch(db) : sqliteSearch(db);
}

const clampPage = (page: number | undefined) => Math.min(MAX_SEARCH_PAGES, Math.max(1, Math.floor(page ?? 1) || 1));

async function run<H>(
  db: PrismaClient,
  query: SearchQuery,
  scope: SearchScope,
  page: number,
  load: (hits: EngineHit[]) => Promise<H[]>,
): Promise<SearchResults<H>> {
  const empty = { query: query.text, hits: [], page, totalPages: 1, total: 0, moreThan: false };
  if (isEmptyQuery(query)) return empty;
  const engine = searchEngine(db);
  const [total, found] = await Promise.all([
    engine.count(query, scope, COUNT_CAP + 1),
    engine.find(query, scope, SEARCH_PAGE_SIZE, (page - 1) * SEARCH_PAGE_SIZE),
  ]);
  const shown = Math.min(total, COUNT_CAP);
  return {
    query: query.text,
    hits: await load(found),
    page,
    totalPages: Math.max(1, Math.ceil(shown / SEARCH_PAGE_SIZE)),
    total: shown,
    moreThan: total > COUNT_CAP,
  };
}

export interface ReaderSearchFilters {
  /** A section's slug. */
  section?: string;
  /** Published on or after. */
  from?: Date;
  /** Published before. */
  to?: Date;
  page?: number;
}

/** Search as a reader: published stories only, best match first. Never throws on odd input. */
export async function searchArticles(
  db: PrismaClient,
  input: string,
  filters: ReaderSearchFilters = {},
  now = new Date(),
): Promise<SearchResults> {
  const query = parseSearchQuery(input);
  const page = clampPage(filters.page);
  let sectionId: string | undefined;
  if (filters.section) {
    const section = await db.section.findUnique({ where: { slug: filters.section }, select: { id: true } });
    // An unknown section matches nothing rather than everything.
    sectionId = section?.id ?? "";
  }
  const scope: SearchScope = { visibleAt: now, sectionId, from: filters.from, to: filters.to };
  return run(db, query, scope, page, async (hits) => {
    if (!hits.length) return [];
    // By id alone: the scope above already applied the visibility rule, and adding it here would
    // lead SQLite to walk the whole visibility index instead of looking up ten ids.
    const rows = await db.article.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: cardSelect });
    const cards = new Map(rows.map((r) => [r.id, toCard(r)]));
    return hits.flatMap((h): SearchHit[] => {
      const article = cards.get(h.id);
      return article ? [{ article, headline: toSegments(h.headline), snippet: toSegments(h.snippet) }] : [];
    });
  });
}

export interface DeskSearchFilters {
  statuses?: ArticleStatus[];
  sectionId?: string;
  /** Only stories with this user in the byline (e.g. a contributor's own). */
  authorId?: string;
  /** Only what this person may see: their own stories and those readers can see (see deskViewer). */
  viewerId?: string;
  viewerAt?: Date;
  /** Search the trash instead of live stories. */
  trashed?: boolean;
  /** Last changed on or after / before. */
  from?: Date;
  to?: Date;
  page?: number;
}

export interface DeskSearchHit {
  id: string;
  title: string;
  status: ArticleStatus;
  section: string;
  authors: string[];
  updatedAt: string;
  publishedAt: string | null;
  trashed: boolean;
  lastEditor: string | null;
  scheduledFor: string | null;
  embargoUntil: string | null;
  headline: Segment[];
  snippet: Segment[];
}

/**
 * Search as the desk: every status (or those asked for), best match first. Authorisation is the
 * caller's: pass `authorId` to keep someone to their own stories.
 */
export async function searchArticlesForDesk(
  db: PrismaClient,
  input: string,
  filters: DeskSearchFilters = {},
): Promise<SearchResults<DeskSearchHit>> {
  const query = parseSearchQuery(input);
  const scope: SearchScope = { ...filters, dateField: "updatedAt" };
  return run(db, query, scope, clampPage(filters.page), async (hits) => {
    if (!hits.length) return [];
    const rows = await db.article.findMany({
      where: { id: { in: hits.map((h) => h.id) } },
      select: {
        id: true,
        title: true,
        status: true,
        updatedAt: true,
        publishedAt: true,
        deletedAt: true,
        scheduledFor: true,
        embargoUntil: true,
        section: { select: { name: true } },
        lastEditor: { select: { name: true } },
        authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return hits.flatMap((h): DeskSearchHit[] => {
      const r = byId.get(h.id);
      if (!r) return [];
      return [
        {
          id: r.id,
          title: r.title,
          status: r.status,
          section: r.section.name,
          authors: r.authors.map((a) => a.user.name),
          updatedAt: r.updatedAt.toISOString(),
          publishedAt: r.publishedAt?.toISOString() ?? null,
          trashed: r.deletedAt !== null,
          lastEditor: r.lastEditor?.name ?? null,
          scheduledFor: r.scheduledFor?.toISOString() ?? null,
          embargoUntil: r.embargoUntil?.toISOString() ?? null,
          headline: toSegments(h.headline),
          snippet: toSegments(h.snippet),
        },
      ];
    });
  });
}
