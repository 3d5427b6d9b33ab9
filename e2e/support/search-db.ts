import { e2eDb } from "./db";

// Expectations for search tests, read from the e2e database with the same FTS5 index the site uses.

export interface Story {
  slug: string;
  title: string;
  sectionSlug: string;
  sectionName: string;
  publishedAt: string;
  bodyText: string;
}

const VISIBLE = `a.status = 'PUBLISHED' AND a.publishedAt <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AND a.deletedAt IS NULL`;

export function stories(where = VISIBLE): Story[] {
  const db = e2eDb();
  try {
    return db
      .prepare(
        `SELECT a.slug, a.title, s.slug AS sectionSlug, s.name AS sectionName, a.publishedAt, a.bodyText
         FROM Article a JOIN Section s ON s.id = a.sectionId WHERE ${where} ORDER BY a.publishedAt DESC`,
      )
      .all() as Story[];
  } finally {
    db.close();
  }
}

export const unpublishedStories = () => stories(`NOT (${VISIBLE})`);

/** How many visible stories match an FTS5 query, optionally within a section and a time range. */
export function countMatches(fts: string, filter: { sectionSlug?: string; from?: Date; to?: Date } = {}): number {
  const db = e2eDb();
  try {
    const row = db
      .prepare(
        `SELECT count(*) AS n FROM article_search JOIN Article a ON a.rowid = article_search.rowid JOIN Section s ON s.id = a.sectionId
         WHERE article_search MATCH ? AND ${VISIBLE} AND (? IS NULL OR s.slug = ?) AND (? IS NULL OR a.publishedAt >= ?) AND (? IS NULL OR a.publishedAt < ?)`,
      )
      .get(
        fts,
        filter.sectionSlug ?? null,
        filter.sectionSlug ?? null,
        iso(filter.from),
        iso(filter.from),
        iso(filter.to),
        iso(filter.to),
      ) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

const iso = (d?: Date) => (d ? d.toISOString().replace("Z", "+00:00") : null);

/** A word of at least six letters that occurs in more stories than one page of results holds. */
export function commonWord(minStories: number): { word: string; count: number } {
  const docs = new Map<string, number>();
  for (const s of stories()) {
    for (const w of new Set(s.bodyText.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? []))
      docs.set(w, (docs.get(w) ?? 0) + 1);
  }
  const candidates = [...docs.entries()]
    .filter(([, n]) => n > minStories)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  for (const [word] of candidates) {
    const count = countMatches(`"${word}"`);
    if (count > minStories) return { word, count };
  }
  throw new Error(`no word occurs in more than ${minStories} stories`);
}

export function siteTimeZone(): string {
  const db = e2eDb();
  try {
    return (db.prepare(`SELECT timeZone FROM Setting WHERE id = 'site'`).get() as { timeZone: string }).timeZone;
  } finally {
    db.close();
  }
}
