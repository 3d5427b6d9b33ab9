import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleFields } from "./fields";
import { isLargeChange } from "./large-change";

/**
 * Autosaves by one person within this window share a revision, so the history stays readable and
 * holds a state at least every two minutes of activity.
 */
export const COALESCE_MS = 2 * 60_000;

export async function recordRevision(
  tx: Prisma.TransactionClient,
  input: {
    articleId: string;
    version: number;
    fields: ArticleFields;
    authorId: string | null;
    reason: string;
    now: Date;
  },
) {
  const snapshot = JSON.stringify(input.fields);
  if (input.reason === "save" && input.authorId) {
    const last = await tx.revision.findFirst({ where: { articleId: input.articleId }, orderBy: { createdAt: "desc" } });
    if (
      last &&
      last.reason === "save" &&
      last.authorId === input.authorId &&
      input.now.getTime() - last.createdAt.getTime() < COALESCE_MS &&
      !isLargeChange(JSON.parse(last.snapshot) as ArticleFields, input.fields)
    ) {
      return tx.revision.update({ where: { id: last.id }, data: { snapshot, version: input.version } });
    }
  }
  return tx.revision.create({
    data: {
      articleId: input.articleId,
      version: input.version,
      snapshot,
      reason: input.reason,
      authorId: input.authorId,
      createdAt: input.now,
    },
  });
}
