import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";
import { articleFieldsSchema, type ArticleFields } from "./fields";
export { diffFields, type FieldDiff } from "./revisions-diff";
import { saveArticle, type SaveResult } from "./save";

export interface RevisionSummary {
  id: string;
  version: number;
  reason: string;
  author: string | null;
  createdAt: string;
}

export async function listRevisions(db: PrismaClient, articleId: string): Promise<RevisionSummary[]> {
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    select: { id: true, version: true, reason: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    reason: r.reason,
    author: r.author?.name ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function revisionFields(
  db: PrismaClient,
  articleId: string,
  revisionId: string,
): Promise<ArticleFields | null> {
  const row = await db.revision.findFirst({ where: { id: revisionId, articleId }, select: { snapshot: true } });
  if (!row) return null;
  const parsed = articleFieldsSchema.partial().safeParse(JSON.parse(row.snapshot));
  return parsed.success ? (parsed.data as ArticleFields) : null;
}

/** Restoring saves the old snapshot as a new version, so the restore itself is in the history. */
export async function restoreRevision(
  db: PrismaClient,
  user: { id: string; role: Role },
  input: { articleId: string; revisionId: string; baseVersion: number },
  now = new Date(),
): Promise<SaveResult | { ok: false; kind: "not-found"; message: string }> {
  const fields = await revisionFields(db, input.articleId, input.revisionId);
  if (!fields) return { ok: false, kind: "not-found", message: "That revision doesn’t exist." };
  return saveArticle(db, user, { id: input.articleId, baseVersion: input.baseVersion, fields, reason: "revert" }, now);
}
