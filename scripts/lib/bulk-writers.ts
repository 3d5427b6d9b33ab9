import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "@/lib/db/client";
import { sqliteFile } from "./database";

// Bulk inserts for `npm run seed:bulk`, below Prisma: one prepared statement per table in large
// transactions on SQLite, multi-row INSERTs on PostgreSQL. The search index keeps up by itself
// (SQLite triggers, PostgreSQL's generated column).

export interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  excerpt: string;
  status: string;
  publishedAt: Date | null;
  scheduledFor: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  dateline: string;
  wordCount: number;
  readingMinutes: number;
  featured: boolean;
  sectionId: string;
  featuredImageId: string | null;
  lastEditorId: string | null;
  body: string;
  bodyText: string;
}

export interface JoinRow {
  articleId: string;
  otherId: string;
  position: number;
}

export interface BulkWriter {
  insert(articles: ArticleRow[], authors: JoinRow[], tags: JoinRow[]): Promise<void>;
  /** Tidy up after loading (merge index segments, refresh planner statistics). */
  finish(): Promise<void>;
}

const ARTICLE_COLUMNS = [
  "id",
  "slug",
  "title",
  "standfirst",
  "excerpt",
  "status",
  "publishedAt",
  "scheduledFor",
  "deletedAt",
  "createdAt",
  "updatedAt",
  "dateline",
  "wordCount",
  "readingMinutes",
  "featured",
  "sectionId",
  "featuredImageId",
  "lastEditorId",
  "body",
  "bodyText",
] as const;

const quoted = (names: readonly string[]) => names.map((c) => `"${c}"`).join(", ");

export function bulkWriter(url: string): BulkWriter {
  return isPostgresUrl(url) ? postgresWriter(url) : sqliteWriter(url);
}

function sqliteWriter(url: string): BulkWriter {
  const file = sqliteFile(url);
  if (!file) throw new Error(`Not a SQLite URL: ${url}`);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // A bulk load can be redone from scratch, so it need not wait for the disk after every transaction.
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -200000");
  // Prisma stores SQLite DateTimes as ISO 8601 text with an explicit offset; so must we.
  const date = (d: Date | null) => (d ? d.toISOString().replace("Z", "+00:00") : null);
  const article = db.prepare(
    `INSERT INTO "Article" (${quoted(ARTICLE_COLUMNS)}) VALUES (${ARTICLE_COLUMNS.map(() => "?").join(", ")})`,
  );
  const author = db.prepare(`INSERT INTO "ArticleAuthor" ("articleId", "userId", "position") VALUES (?, ?, ?)`);
  const tag = db.prepare(`INSERT INTO "ArticleTag" ("articleId", "tagId", "position") VALUES (?, ?, ?)`);
  const load = db.transaction((articles: ArticleRow[], authors: JoinRow[], tags: JoinRow[]) => {
    for (const a of articles) {
      article.run(
        ARTICLE_COLUMNS.map((c) => {
          const v = a[c];
          return v instanceof Date || v === null ? date(v as Date | null) : typeof v === "boolean" ? Number(v) : v;
        }),
      );
    }
    for (const j of authors) author.run(j.articleId, j.otherId, j.position);
    for (const j of tags) tag.run(j.articleId, j.otherId, j.position);
  });
  return {
    async insert(articles, authors, tags) {
      load(articles, authors, tags);
    },
    async finish() {
      db.exec(`INSERT INTO "article_search" ("article_search") VALUES ('optimize')`);
      db.pragma("wal_checkpoint(TRUNCATE)");
      db.close();
    },
  };
}

function postgresWriter(url: string): BulkWriter {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  async function insertRows(table: string, columns: readonly string[], rows: unknown[][]) {
    // PostgreSQL allows 65,535 parameters per statement.
    const per = Math.floor(60_000 / columns.length);
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const values = chunk
        .map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(", ")})`)
        .join(", ");
      await pool.query(`INSERT INTO "${table}" (${quoted(columns)}) VALUES ${values}`, chunk.flat());
    }
  }
  return {
    async insert(articles, authors, tags) {
      await insertRows(
        "Article",
        ARTICLE_COLUMNS,
        articles.map((a) => ARTICLE_COLUMNS.map((c) => a[c])),
      );
      await insertRows(
        "ArticleAuthor",
        ["articleId", "userId", "position"],
        authors.map((j) => [j.articleId, j.otherId, j.position]),
      );
      await insertRows(
        "ArticleTag",
        ["articleId", "tagId", "position"],
        tags.map((j) => [j.articleId, j.otherId, j.position]),
      );
    },
    async finish() {
      await pool.query("ANALYZE");
      await pool.end();
    },
  };
}
