import { e2eDb } from "./db";
import { siteTimeZone } from "./search-db";

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
 * A `datetime-local` value for a moment `ms` from now on the publication's clock (the desk's
 * pickers read that zone, not the browser's), written as the browser normalises it: seconds are
 * dropped when they are zero ("12:30", not "12:30:00"), so a test comparing the field's value with
 * this one holds whatever second it runs in.
 */
export function deskClockInput(ms: number): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: siteTimeZone(),
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(Date.now() + ms))
      .map((part) => [part.type, part.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`.replace(/:00$/, "");
}
