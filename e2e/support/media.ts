import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { e2eDb } from "./db";

// What the media library holds, read from the suite's own database and media folder.

export interface MediaRow {
  id: string;
  storageKey: string;
  originalName: string;
  alt: string;
  width: number;
  height: number;
}

export function mediaRows(): MediaRow[] {
  const db = e2eDb();
  try {
    return db
      .prepare("SELECT id, storageKey, originalName, alt, width, height FROM Media ORDER BY createdAt")
      .all() as MediaRow[];
  } finally {
    db.close();
  }
}

export const mediaNamed = (name: string) => mediaRows().filter((m) => m.originalName === name);

/** Originals in the media folder (resized copies live under variants/ and are not counted). */
export function storedOriginals(): string[] {
  const dir = path.resolve(process.env.E2E_MEDIA_DIR ?? "data/e2e-3100-media");
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.includes(".")) : [];
}

/** A published story with a featured image, and that image's row. */
export function storyWithFeaturedImage(): {
  path: string;
  title: string;
  image: MediaRow & { caption: string; credit: string };
} {
  const db = e2eDb();
  try {
    const row = db
      .prepare(
        `SELECT a.slug, a.title, s.slug AS sectionSlug, m.id, m.storageKey, m.originalName, m.alt, m.width, m.height, m.caption, m.credit
         FROM Article a JOIN Section s ON s.id = a.sectionId JOIN Media m ON m.id = a.featuredImageId
         WHERE a.status = 'PUBLISHED' AND a.deletedAt IS NULL ORDER BY a.publishedAt DESC LIMIT 1`,
      )
      .get() as MediaRow & { slug: string; title: string; sectionSlug: string; caption: string; credit: string };
    return { path: `/${row.sectionSlug}/${row.slug}`, title: row.title, image: row };
  } finally {
    db.close();
  }
}

/** Drops files onto an element the way a browser does when files are dragged from the desktop. */
export async function dropFiles(
  page: Page,
  target: ReturnType<Page["getByRole"]>,
  files: { name: string; mimeType: string; buffer: Buffer }[],
) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer();
      for (const f of list)
        dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }));
      return dt;
    },
    files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString("base64") })),
  );
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}

export function mediaCredits(): string[] {
  const db = e2eDb();
  try {
    return (db.prepare("SELECT DISTINCT credit FROM Media WHERE credit <> ''").all() as { credit: string }[]).map(
      (r) => r.credit,
    );
  } finally {
    db.close();
  }
}

/** A published story bylined to the author. */
export function storyBy(authorSlug: string): { path: string; title: string } {
  const db = e2eDb();
  try {
    const row = db
      .prepare(
        `SELECT a.slug, a.title, s.slug AS sectionSlug FROM Article a JOIN Section s ON s.id = a.sectionId
         JOIN ArticleAuthor aa ON aa.articleId = a.id JOIN User u ON u.id = aa.userId
         WHERE u.slug = ? AND a.status = 'PUBLISHED' AND a.deletedAt IS NULL ORDER BY a.publishedAt DESC LIMIT 1`,
      )
      .get(authorSlug) as { slug: string; title: string; sectionSlug: string };
    return { path: `/${row.sectionSlug}/${row.slug}`, title: row.title };
  } finally {
    db.close();
  }
}

export function avatarOf(userSlug: string): MediaRow | undefined {
  const db = e2eDb();
  try {
    return db
      .prepare(
        "SELECT m.id, m.storageKey, m.originalName, m.alt, m.width, m.height FROM User u JOIN Media m ON m.id = u.avatarId WHERE u.slug = ?",
      )
      .get(userSlug) as MediaRow | undefined;
  } finally {
    db.close();
  }
}
