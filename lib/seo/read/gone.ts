import type { PrismaClient } from "@/lib/db/client";
import { isEmbargoed } from "@/lib/content/visibility";

// 410 Gone tells search engines to drop a URL at once; 404 may be a passing fault, so they keep
// asking. Only a story readers could once read is gone: a draft or a story still to come (or
// under embargo) never existed for readers, and stays a 404.

const STORY_PATH = /^\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Whether `path` is the URL of a story that was published and is now unpublished, archived or trashed. */
export async function wasRemoved(db: PrismaClient, path: string, now = new Date()): Promise<boolean> {
  const match = path.match(STORY_PATH);
  if (!match) return false;
  const [, section, slug] = match;
  const story = await db.article.findUnique({
    where: { slug },
    select: {
      status: true,
      publishedAt: true,
      deletedAt: true,
      embargoUntil: true,
      section: { select: { slug: true } },
    },
  });
  if (!story || story.section.slug !== section) return false;
  if (!story.publishedAt || story.publishedAt > now || isEmbargoed(story.embargoUntil, now)) return false;
  if (story.deletedAt) return true;
  return story.status === "DRAFT" || story.status === "IN_REVIEW" || story.status === "ARCHIVED";
}
