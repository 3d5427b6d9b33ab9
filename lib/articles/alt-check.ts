import type { PrismaClient } from "@/lib/db/client";
import { imagesMissingAlt, type MissingAlt } from "@/lib/media/alt-text";
import { mediaSrc } from "@/lib/media/urls";
import type { ArticleFields } from "./fields";

// Nothing goes live with an image nobody described: publishing and scheduling ask for alt text or
// an explicit "decorative" mark first (the desk shows a prompt; this is the server's own check).

export const MISSING_ALT_MESSAGE =
  "Describe every image for readers who can’t see it, or mark it decorative, before the story goes live.";

export async function missingAlt(
  db: PrismaClient,
  fields: Pick<ArticleFields, "body" | "featuredImageId">,
): Promise<MissingAlt[]> {
  const featured = fields.featuredImageId
    ? await db.media.findUnique({
        where: { id: fields.featuredImageId },
        select: { storageKey: true, alt: true, decorative: true },
      })
    : null;
  return imagesMissingAlt(
    fields.body,
    featured ? { src: mediaSrc(featured.storageKey), alt: featured.alt, decorative: featured.decorative } : null,
  );
}

const key = (m: MissingAlt) => `${m.kind}:${m.src}`;

/**
 * For a live (or scheduled) story: the undescribed images a save would add. Ones already there
 * before (older stories) don't block an edit; a new one does, since it would reach readers at once.
 */
export async function newlyMissingAlt(
  db: PrismaClient,
  before: ArticleFields,
  after: ArticleFields,
): Promise<MissingAlt[]> {
  const [was, now] = await Promise.all([missingAlt(db, before), missingAlt(db, after)]);
  const known = new Set(was.map(key));
  return now.filter((m) => !known.has(key(m)));
}
