import { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/db/client";
import { chooseSnippet, MARK_END, MARK_START } from "./highlight";
import { toFts5, type SearchQuery } from "./query";
import { RANKED_WINDOW } from "./limits";
import { scopeConditions } from "./scope-sql";
import type { EngineHit, SearchEngine, SearchScope } from "./types";

// SQLite: the FTS5 table "article_search" (prisma/sql/sqlite/search.sql) indexes headline,
// standfirst and body text; its rowids are the articles' rowids. bm25 weighs a match in the
// headline ten times one in the body, and one in the standfirst four times.
const RANK = Prisma.sql`bm25("article_search", 10.0, 4.0, 1.0)`;
const SNIPPET_TOKENS = 24;

export function sqliteSearch(db: PrismaClient): SearchEngine {
  // CROSS JOIN fixes the order: the index finds the matches, then each match's article row is
  // checked. Left to itself, SQLite may walk every published article and probe the index for each.
  const from = Prisma.sql`FROM "article_search" CROSS JOIN "Article" a ON a.rowid = "article_search".rowid`;
  const where = (query: SearchQuery, scope: SearchScope) =>
    Prisma.join([Prisma.sql`"article_search" MATCH ${toFts5(query)}`, ...scopeConditions(scope, (c) => c)], " AND ");

  return {
    async find(query, scope, limit, offset) {
      // The newest matches (FTS5 walks its index in rowid order, newest rows last) are ranked,
      // on ids alone; headlines and snippets are made only for the page of results.
      const ranked = await db.$queryRaw<{ id: string; rid: bigint | number }[]>(Prisma.sql`
        SELECT a."id" AS id, c.rid AS rid FROM (
          SELECT "article_search".rowid AS rid, ${RANK} AS score ${from} WHERE ${where(query, scope)}
          ORDER BY "article_search".rowid DESC LIMIT ${RANKED_WINDOW}
        ) c JOIN "Article" a ON a.rowid = c.rid
        ORDER BY c.score, a."publishedAt" DESC LIMIT ${limit} OFFSET ${offset}`);
      if (!ranked.length) return [];
      const marked = await db.$queryRaw<
        { rid: bigint | number; headline: string; body: string; standfirst: string }[]
      >(Prisma.sql`
        SELECT rowid AS rid,
          highlight("article_search", 0, ${MARK_START}, ${MARK_END}) AS headline,
          snippet("article_search", 2, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) AS body,
          snippet("article_search", 1, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) AS standfirst
        FROM "article_search" WHERE "article_search" MATCH ${toFts5(query)}
          AND rowid IN (${Prisma.join(ranked.map((r) => r.rid))})`);
      const byRow = new Map(marked.map((m) => [String(m.rid), m]));
      return ranked.map((r): EngineHit => {
        const m = byRow.get(String(r.rid));
        return { id: r.id, headline: m?.headline ?? "", snippet: chooseSnippet(m) };
      });
    },

    async count(query, scope, cap) {
      const rows = await db.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`
        SELECT count(*) AS n FROM (SELECT 1 ${from} WHERE ${where(query, scope)} LIMIT ${cap}) AS matches`);
      return Number(rows[0]?.n ?? 0);
    },
  };
}
