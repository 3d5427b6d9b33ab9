import { e2eDb } from "./db";

export interface StoryRow {
  id: string;
  slug: string;
  title: string;
  sectionSlug: string;
  path: string;
}

const SELECT = `SELECT a.id, a.slug, a.title, s.slug AS sectionSlug FROM Article a JOIN Section s ON s.id = a.sectionId`;
const withPath = (r: Omit<StoryRow, "path">): StoryRow => ({ ...r, path: `/${r.sectionSlug}/${r.slug}` });

export function storyBySlug(slug: string): StoryRow {
  const db = e2eDb();
  try {
    return withPath(db.prepare(`${SELECT} WHERE a.slug = ?`).get(slug) as Omit<StoryRow, "path">);
  } finally {
    db.close();
  }
}

/**
 * A plain published story (not featured, live or embargoed) that no other newsroom test
 * touches: the `n`th oldest, so stories other specs publish before this one runs (which differ
 * with the shard a spec lands in) never change which story it is.
 */
export function publishedStory(n: number): StoryRow {
  const db = e2eDb();
  try {
    const rows = db
      .prepare(
        `${SELECT} WHERE a.status = 'PUBLISHED' AND a.deletedAt IS NULL AND a.featured = 0 AND a.live = 0 AND a.embargoUntil IS NULL ORDER BY a.publishedAt ASC, a.id ASC LIMIT 1 OFFSET ?`,
      )
      .get(n) as Omit<StoryRow, "path">;
    return withPath(rows);
  } finally {
    db.close();
  }
}

/**
 * A `datetime-local` value for a moment `ms` from now, in the browser's zone, written as the
 * browser normalises it: seconds are dropped when they are zero ("12:30", not "12:30:00"), so a
 * test comparing the field's value with this one holds whatever second it runs in.
 */
export function localInput(ms: number): string {
  const at = new Date(Date.now() + ms);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 19).replace(/:00$/, "");
}
