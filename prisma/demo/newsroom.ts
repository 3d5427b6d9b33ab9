import type { Prisma } from "@/lib/generated/prisma/client";

// The newsroom features shown on demo stories: a correction, an expired breaking alert and an
// embargoed story. Applied after the stories exist, by slug.

const HOUR = 3_600_000;

export const CORRECTED_SLUG = "afghanistan-winter-aid-appeal-funding-gap";
export const CORRECTION_TEXT =
  "An earlier version of this story said the appeal was a quarter funded. It was a third funded at the time of publication.";

export const EXPIRED_BREAKING_SLUG = "torkham-returnees-queue-pakistan-deadline";

export const EMBARGOED_SLUG = "eu-gulf-summit-draft-joint-communique-trade-energy";

export async function seedNewsroomDemo(tx: Prisma.TransactionClient, now: Date) {
  const corrected = await tx.article.findUniqueOrThrow({
    where: { slug: CORRECTED_SLUG },
    select: { id: true, publishedAt: true, lastEditorId: true },
  });
  const at = new Date(Math.min(now.getTime() - HOUR, corrected.publishedAt!.getTime() + 20 * HOUR));
  // The correction points at the revision readers saw when it was made.
  const revision = await tx.revision.findFirstOrThrow({
    where: { articleId: corrected.id },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  await tx.correction.create({
    data: {
      articleId: corrected.id,
      text: CORRECTION_TEXT,
      revisionId: revision.id,
      authorId: corrected.lastEditorId,
      createdAt: at,
    },
  });
  await tx.article.update({ where: { id: corrected.id }, data: { revisedAt: at } });

  // A story that was breaking news for three hours after it was published, and has since expired.
  const breaking = await tx.article.findUniqueOrThrow({
    where: { slug: EXPIRED_BREAKING_SLUG },
    select: { publishedAt: true },
  });
  const expired = new Date(Math.min(now.getTime() - HOUR, breaking.publishedAt!.getTime() + 3 * HOUR));
  await tx.article.update({ where: { slug: EXPIRED_BREAKING_SLUG }, data: { breaking: true, breakingUntil: expired } });

  // A story filed ahead of a summit, scheduled for the moment its embargo lifts.
  const embargoed = await tx.article.findUniqueOrThrow({
    where: { slug: EMBARGOED_SLUG },
    select: { scheduledFor: true },
  });
  await tx.article.update({ where: { slug: EMBARGOED_SLUG }, data: { embargoUntil: embargoed.scheduledFor } });
}
