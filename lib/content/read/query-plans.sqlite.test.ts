import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeAuthor, makeSection, makeTag } from "@/lib/testing/fixtures";
import { searchArticles, searchArticlesForDesk } from "@/lib/search";
import { findArticle, findFrontPage, findRecent, pickRelated } from "./articles";
import { listByAuthor, listBySection, listByTag, MAX_PAGE } from "./listings";
import { findAuthor, findTag } from "./taxonomy";

// Every query a listing page runs must find its rows through an index: a full scan of the
// articles table is fine with fifty stories and ruinous with a decade of them. Each entry runs
// the real query function, records the SQL Prisma (or the search engine) sends, and asks SQLite
// how it would execute it. Adding a query is one line in QUERIES.
//
// A plan fails when it SCANs the article table (with or without an index: walking a whole index
// is a full scan too). Where the cheapest way in is not the article table itself, `drivenBy`
// names the index the outermost loop must use, so that a listing of one tag's stories does not
// walk every published story checking each one's tags.

const temp = createTempDatabase();
afterAll(() => temp.cleanup());

type Ids = { section: string; tag: string; author: string; slug: string };
/** `drivenBy`: statements matching the first pattern must start from an index step matching the second. */
type Query = { run: (db: PrismaClient, ids: Ids) => Promise<unknown>; drivenBy?: [RegExp, RegExp] };

/** Searches start from the full-text index, never from the articles with a probe of the index per row. */
const FTS_FIRST: [RegExp, RegExp] = [/ MATCH /, /^SCAN article_search VIRTUAL TABLE/];

const QUERIES: Record<string, Query> = {
  "front page": { run: (db) => findFrontPage(db) },
  "section page": { run: (db, ids) => listBySection(db, ids.section, 2) },
  "section page, deepest": { run: (db, ids) => listBySection(db, ids.section, MAX_PAGE) },
  "tag page": {
    run: (db, ids) => listByTag(db, ids.tag, 2),
    drivenBy: [
      /`tagId` = \?/,
      /^SEARCH (main\.)?ArticleTag USING COVERING INDEX \w+ \(tagId=\? AND status=\? AND deletedAt=\? AND publishedAt<\?\)/,
    ],
  },
  "author page": {
    run: (db, ids) => listByAuthor(db, ids.author, 2),
    drivenBy: [
      /`userId` = \?/,
      /^SEARCH (main\.)?ArticleAuthor USING COVERING INDEX \w+ \(userId=\? AND status=\? AND deletedAt=\? AND publishedAt<\?\)/,
    ],
  },
  "author lookup": { run: (db) => findAuthor(db, "writer") },
  article: { run: (db, ids) => findArticle(db, ids.slug) },
  recent: { run: (db) => findRecent(db, 6) },
  related: {
    // What getRelated reads through its caches: each tag, its listing's first page, the section's.
    run: async (db, ids) => {
      const article = (await findArticle(db, ids.slug))!;
      const found = await Promise.all(article.tags.map((t) => findTag(db, t.slug)));
      const tags = found.filter((t) => t !== null);
      const byTag = await Promise.all(tags.map((t) => listByTag(db, t.id, 1).then((p) => p.items)));
      return pickRelated(article, byTag, (await listBySection(db, article.sectionId, 1)).items, 4);
    },
    drivenBy: [
      /`tagId` = \?/,
      /^SEARCH (main\.)?ArticleTag USING COVERING INDEX \w+ \(tagId=\? AND status=\? AND deletedAt=\? AND publishedAt<\?\)/,
    ],
  },
  search: { run: (db) => searchArticles(db, "treaty water", { page: 2 }), drivenBy: FTS_FIRST },
  "search in a section": {
    run: (db) => searchArticles(db, "treaty", { section: "world", from: new Date(0) }),
    drivenBy: FTS_FIRST,
  },
  "desk search": {
    run: (db, ids) => searchArticlesForDesk(db, "treaty", { statuses: ["DRAFT"], authorId: ids.author }),
    drivenBy: FTS_FIRST,
  },
};

interface Recorded {
  sql: string;
  params: unknown[];
}

let ids: Ids;

beforeAll(async () => {
  const { db } = temp;
  const section = await makeSection(db, "world");
  const tag = await makeTag(db, "water");
  const author = await makeAuthor(db, "writer");
  for (let i = 0; i < 30; i++) {
    await makeArticle(db, {
      sectionId: section.id,
      authorIds: [author.id],
      tagIds: [tag.id],
      slug: `treaty-${i}`,
      title: `Water treaty ${i}`,
      featured: i % 5 === 0,
    });
  }
  ids = { section: section.id, tag: tag.id, author: author.id, slug: "treaty-3" };
});

/** Runs a query function against the test database and returns the SQL it sent. */
async function record(query: Query): Promise<Recorded[]> {
  const db = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: temp.url }),
    log: [{ emit: "event", level: "query" }],
  });
  const seen: Recorded[] = [];
  db.$on("query", (e) => seen.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] }));
  try {
    await query.run(db, ids);
  } finally {
    await db.$disconnect();
  }
  return seen.filter((q) => /^\s*SELECT/i.test(q.sql));
}

/** The names the article table goes by in a statement: itself and any alias. */
function articleNames(sql: string): string[] {
  const names = new Set(["Article"]);
  for (const m of sql.matchAll(
    /(?:FROM|JOIN)\s+(?:[`"]?main[`"]?\.)?[`"]Article[`"](?:\s+(?:AS\s+)?[`"]?(\w+)[`"]?)?/gi,
  )) {
    if (m[1] && !/^(WHERE|ON|JOIN|LEFT|INNER|ORDER|LIMIT|GROUP)$/i.test(m[1])) names.add(m[1]);
  }
  return [...names];
}

function plan(sql: string, params: unknown[]): string[] {
  const sqlite = new Database(temp.url.slice("file:".length), { readonly: true });
  try {
    const args = params.map((p) => (typeof p === "boolean" ? Number(p) : p));
    return (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail);
  } finally {
    sqlite.close();
  }
}

describe("every listing query uses an index", () => {
  it.each(Object.keys(QUERIES))("%s", async (name) => {
    const query = QUERIES[name]!;
    const statements = await record(query);
    expect(statements.length, "the query function sent no SQL").toBeGreaterThan(0);
    for (const s of statements) {
      const steps = plan(s.sql, s.params);
      const report = `${s.sql}\n${steps.join("\n")}`;
      for (const table of articleNames(s.sql)) {
        expect(
          steps.filter((d) => new RegExp(`^SCAN (main\\.)?${table}\\b`).test(d)),
          `full scan of ${table}:\n${report}`,
        ).toEqual([]);
      }
      // Stories fetched by id are looked up by id, not found by walking an index of all of them.
      if (/`Article`\.`id` IN \(/.test(s.sql) && !/ORDER BY/.test(s.sql)) {
        expect(
          steps.some((d) => /^SEARCH (main\.)?Article USING INDEX sqlite_autoindex_Article_1 \(id=\?\)/.test(d)),
          `not by id:\n${report}`,
        ).toBe(true);
      }
    }
    if (query.drivenBy) {
      const [applies, step] = query.drivenBy;
      const driven = statements.filter((s) => applies.test(s.sql));
      expect(driven.length, "no statement filtered as expected").toBeGreaterThan(0);
      for (const s of driven) {
        const steps = plan(s.sql, s.params);
        expect(
          steps.find((d) => /^(SEARCH|SCAN) /.test(d)),
          `${s.sql}\n${steps.join("\n")}`,
        ).toMatch(step);
      }
    }
  });
});
