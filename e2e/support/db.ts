import path from "node:path";
import Database from "better-sqlite3";

// The suite reads the same SQLite database the server uses, so expectations come from the
// data rather than being written into the tests.
export function e2eDb() {
  return new Database(path.resolve(process.env.E2E_DB_FILE ?? "data/e2e-3100.db"), {
    readonly: true,
    fileMustExist: true,
  });
}

export interface Row {
  slug: string;
  sectionSlug: string;
  title: string;
}

export function articlesWithStatus(status: string): Row[] {
  const db = e2eDb();
  try {
    return db
      .prepare(
        `SELECT a.slug, s.slug AS sectionSlug, a.title FROM Article a JOIN Section s ON s.id = a.sectionId WHERE a.status = ? ORDER BY a.publishedAt DESC`,
      )
      .all(status) as Row[];
  } finally {
    db.close();
  }
}

export function busiestTag(): { slug: string; name: string; count: number } {
  const db = e2eDb();
  try {
    return db
      .prepare(
        `SELECT t.slug, t.name, COUNT(*) AS count FROM ArticleTag at JOIN Tag t ON t.id = at.tagId JOIN Article a ON a.id = at.articleId
         WHERE a.status = 'PUBLISHED' GROUP BY t.id ORDER BY count DESC LIMIT 1`,
      )
      .get() as { slug: string; name: string; count: number };
  } finally {
    db.close();
  }
}
