import type { PrismaClient } from "@/lib/db/client";
import { articlePath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/visibility";

/** A published correction as readers see it in the corrections log. */
export interface CorrectionEntry {
  id: string;
  text: string;
  /** ISO 8601: when the correction was published. */
  at: string;
  article: { title: string; path: string };
}

export const CORRECTIONS_PAGE_SIZE = 20;

const entrySelect = {
  id: true,
  text: true,
  createdAt: true,
  article: { select: { title: true, slug: true, section: { select: { slug: true } } } },
} as const;

/** Corrections to stories readers can see, newest first; a hidden story takes its corrections with it. */
export async function findCorrections(
  db: PrismaClient,
  page: number,
  now = new Date(),
): Promise<{ items: CorrectionEntry[]; totalPages: number }> {
  const where = { article: publishedWhere(now) };
  const [total, rows] = await Promise.all([
    db.correction.count({ where }),
    db.correction.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * CORRECTIONS_PAGE_SIZE,
      take: CORRECTIONS_PAGE_SIZE,
      select: entrySelect,
    }),
  ]);
  return {
    totalPages: Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE)),
    items: rows.map((r) => ({
      id: r.id,
      text: r.text,
      at: r.createdAt.toISOString(),
      article: { title: r.article.title, path: articlePath(r.article.section.slug, r.article.slug) },
    })),
  };
}
