import type { PrismaClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";

export type CorrectionResult = { ok: true } | { ok: false; message: string };

/**
 * Appends a correction to a published story, tied to the revision readers saw; the story's
 * "revised" time, the correction and its audit entry are written in one transaction.
 * Who may correct it (whoever may publish the story) is the caller's rule.
 */
export async function addCorrection(
  db: PrismaClient,
  actorId: string,
  articleId: string,
  text: string,
  now = new Date(),
): Promise<CorrectionResult> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { status: true } });
    if (article?.status !== "PUBLISHED") return { ok: false, message: "Corrections are for published articles." };
    const revision = await tx.revision.findFirst({
      where: { articleId },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    await tx.correction.create({ data: { articleId, text, revisionId: revision?.id, authorId: actorId } });
    await tx.article.update({ where: { id: articleId }, data: { revisedAt: now } });
    await recordAudit(tx, { action: "article.correction", entityType: "Article", entityId: articleId, actorId });
    return { ok: true };
  });
}
