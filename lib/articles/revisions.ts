import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";
import { mayEdit } from "./access";
import { accessOf } from "./access-load";
import { editingFields, loadEditable } from "./editable";
import { articleFieldsSchema, changedFields, type ArticleFields } from "./fields";
import { recordRevision } from "./revision-log";
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

/** Whether `revisionId` is one of this story's revisions (an id from an address is anyone's to type). */
export async function isRevisionOf(db: PrismaClient, articleId: string, revisionId: string): Promise<boolean> {
  return (await db.revision.count({ where: { id: revisionId, articleId } })) === 1;
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

/** The newest revision if it holds `fields` exactly; otherwise a new "kept" one that does. */
async function revisionHolding(
  db: PrismaClient,
  article: { id: string; version: number },
  fields: ArticleFields,
  authorId: string,
  now: Date,
): Promise<string> {
  const latest = await db.revision.findFirst({
    where: { articleId: article.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, snapshot: true },
  });
  if (latest && !changedFields(JSON.parse(latest.snapshot) as ArticleFields, fields).length) return latest.id;
  const kept = await db.$transaction((tx) =>
    recordRevision(tx, { articleId: article.id, version: article.version, fields, authorId, reason: "kept", now }),
  );
  return kept.id;
}

/**
 * Restoring saves the old snapshot as a new version, so the restore itself is in the history.
 * `undo` names the revision holding the text the restore replaced (kept first if no revision
 * held it exactly): restoring it undoes the restore.
 */
export async function restoreRevision(
  db: PrismaClient,
  user: { id: string; role: Role },
  input: { articleId: string; revisionId: string; baseVersion: number },
  now = new Date(),
): Promise<(SaveResult & { undo?: string }) | { ok: false; kind: "not-found"; message: string }> {
  const fields = await revisionFields(db, input.articleId, input.revisionId);
  if (!fields) return { ok: false, kind: "not-found", message: "That revision doesn’t exist." };
  const current = await loadEditable(db, input.articleId);
  if (!current) return { ok: false, kind: "not-found", message: "This article no longer exists." };
  const undo =
    mayEdit(user, accessOf(current)) && current.version === input.baseVersion
      ? await revisionHolding(db, current, editingFields(current), user.id, new Date(now.getTime() - 1))
      : undefined;
  const saved = await saveArticle(
    db,
    user,
    { id: input.articleId, baseVersion: input.baseVersion, fields, reason: "revert" },
    now,
  );
  return saved.ok ? { ...saved, undo } : saved;
}
