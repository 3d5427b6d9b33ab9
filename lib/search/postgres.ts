import { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/db/client";
import { chooseSnippet, MARK_END, MARK_START } from "./highlight";
import { toTsquery, type SearchQuery } from "./query";
import { RANKED_WINDOW } from "./limits";
import { scopeConditions } from "./scope-sql";
import type { EngineHit, SearchEngine, SearchScope } from "./types";

// PostgreSQL: "Article"."searchVector" is a stored tsvector with the headline weighted A, the
// standfirst B and the body C, under a GIN index (prisma/sql/postgresql/search.sql). ts_rank's default
// weights make a headline match count five times a body match; flag 1 evens out long bodies.
const HEADLINE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;
const SNIPPET_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=30, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

export function postgresSearch(db: PrismaClient): SearchEngine {
  const tsquery = (query: SearchQuery) => Prisma.sql`to_tsquery('english', ${toTsquery(query)})`;
  const where = (scope: SearchScope) =>
    Prisma.join([Prisma.sql`a."searchVector" @@ q`, ...scopeConditions(scope, (c) => Prisma.sql`${c}::text`)], " AND ");

  return {
    async find(query, scope, limit, offset) {
      // The newest matches are ranked (ts_rank reads each one's vector, so it runs on those only).
      const ranked = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT c."id" AS id FROM (
          SELECT a."id", a."publishedAt", a."searchVector" AS v FROM "Article" a, ${tsquery(query)} q WHERE ${where(scope)}
          ORDER BY a."publishedAt" DESC NULLS LAST, a."id" DESC LIMIT ${RANKED_WINDOW}
        ) c, ${tsquery(query)} q
        ORDER BY ts_rank(c.v, q, 1) DESC, c."publishedAt" DESC NULLS LAST, c."id"
        LIMIT ${limit} OFFSET ${offset}`);
      if (!ranked.length) return [];
      const marked = await db.$queryRaw<
        { id: string; headline: string; body: string; standfirst: string }[]
      >(Prisma.sql`
        SELECT a."id" AS id,
          ts_headline('english', a."title", q, ${HEADLINE_OPTIONS}) AS headline,
          ts_headline('english', a."bodyText", q, ${SNIPPET_OPTIONS}) AS body,
          ts_headline('english', a."standfirst", q, ${SNIPPET_OPTIONS}) AS standfirst
        FROM "Article" a, ${tsquery(query)} q WHERE a."id" IN (${Prisma.join(ranked.map((r) => r.id))})`);
      const byId = new Map(marked.map((m) => [m.id, m]));
      return ranked.map((r): EngineHit => {
        const m = byId.get(r.id);
        return { id: r.id, headline: m?.headline ?? "", snippet: chooseSnippet(m) };
      });
    },

    async count(query, scope, cap) {
      const rows = await db.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`
        SELECT count(*) AS n FROM (SELECT 1 FROM "Article" a, ${tsquery(query)} q WHERE ${where(scope)} LIMIT ${cap}) AS matches`);
      return Number(rows[0]?.n ?? 0);
    },
  };
}
