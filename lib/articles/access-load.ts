import type { PrismaClient } from "@/lib/db/client";
import type { ArticleAccessInfo } from "./access";
import type { EditableArticle } from "./editable";

// What the article access rules (./access.ts) need to know about a story, read for an action's
// `load` step: its status, byline and whether it is in the trash.

export type ArticleAccess = ArticleAccessInfo & { id: string };

export const accessOf = (a: EditableArticle): ArticleAccess => ({
  id: a.id,
  status: a.status,
  authorIds: a.fields.authorIds,
  deletedAt: a.deletedAt,
});

const accessSelect = {
  id: true,
  status: true,
  deletedAt: true,
  authors: { orderBy: { position: "asc" as const }, select: { userId: true } },
};

export async function loadArticleAccess(db: PrismaClient, id: string): Promise<ArticleAccess | null> {
  const row = await db.article.findUnique({ where: { id }, select: accessSelect });
  return (
    row && { id: row.id, status: row.status, deletedAt: row.deletedAt, authorIds: row.authors.map((a) => a.userId) }
  );
}

/** The story a live update belongs to: who may change the update is who may publish the story. */
export async function loadLiveUpdateAccess(db: PrismaClient, updateId: string): Promise<ArticleAccess | null> {
  const update = await db.liveUpdate.findUnique({ where: { id: updateId }, select: { articleId: true } });
  return update ? loadArticleAccess(db, update.articleId) : null;
}
