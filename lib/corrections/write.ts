import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";

export type CorrectionResult = { ok: true } | { ok: false; message: string };

export const NOT_PUBLISHED = "Corrections are for published articles.";

/**
 * Writes a correction inside the caller's transaction: tied to the newest revision (what readers
 * see from now on), with the story's "revised" time and the audit entry in the same step.
 */
export async function recordCorrection(
  tx: Prisma.TransactionClient,
  actorId: string,
  articleId: string,
  text: string,
  now: Date,
) {
  const revision = await tx.revision.findFirst({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  await tx.correction.create({ data: { articleId, text, revisionId: revision?.id, authorId: actorId } });
  await tx.article.update({ where: { id: articleId }, data: { revisedAt: now } });
  await recordAudit(tx, { action: "article.correction", entityType: "Article", entityId: articleId, actorId });
}

/**
 * Appends a correction to a published story. Who may correct it (whoever may publish the story)
 * is the caller's rule.
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
    if (article?.status !== "PUBLISHED") return { ok: false, message: NOT_PUBLISHED };
    await recordCorrection(tx, actorId, articleId, text, now);
    return { ok: true };
  });
}
