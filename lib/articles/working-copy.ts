import type { PrismaClient } from "@/lib/db/client";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { NOT_PUBLISHED, recordCorrection } from "@/lib/corrections/write";
import { articlePath } from "@/lib/content/paths";
import { remoteImages, remoteImagesMessage } from "@/lib/media/remote-images";
import { mayEdit, mayPublish } from "./access";
import { accessOf } from "./access-load";
import { newlyMissingAlt } from "./alt-check";
import { checkFields, type FieldErrors } from "./check-fields";
import { editableInclude, loadEditable, toEditable, type EditableArticle } from "./editable";
import { changedFields, CONTENT_FIELDS, type ArticleFields } from "./fields";
import { recordRedirect } from "./redirects";
import { recordRevision } from "./revision-log";
import { writeFields } from "./write-fields";

// A story readers can see (or will, at its scheduled time) is never changed by a save: the desk's
// edits are kept in its working copy, saved continuously, and reach readers only when someone
// who may publish presses Update. Discard returns the editor to what readers see.

/** Whether saves to a story in this status go to its working copy. */
export const stagesEdits = (status: ArticleStatus) => status === "PUBLISHED" || status === "SCHEDULED";

type User = { id: string; role: Role };

/** The revision reason of the readers' version an Update replaced. */
const REPLACED = "replaced";
const CHANGED_SINCE = "The story has changed since that update, so it can’t be undone: edit it and update again.";

export type WorkingCopyResult =
  | { ok: true; before: EditableArticle; article: EditableArticle }
  | { ok: false; message: string; errors?: FieldErrors };

async function load(db: PrismaClient, id: string) {
  const row = await db.article.findUnique({ where: { id }, include: editableInclude });
  return row ? { row, article: toEditable(row) } : null;
}

/**
 * Puts `fields` before readers, inside the caller's transaction and only if nobody wrote since the
 * version `row` was read at: the version claim, the fields ("Updated" set for a change to a live
 * story's text) and the redirect from its old address. Null when someone else wrote first.
 */
async function writeReadersCopy(
  tx: Prisma.TransactionClient,
  row: NonNullable<Awaited<ReturnType<typeof load>>>["row"],
  shown: ArticleFields,
  fields: ArticleFields,
  user: User,
  now: Date,
) {
  const claimed = await tx.article.updateMany({
    where: { id: row.id, version: row.version },
    data: { version: { increment: 1 } },
  });
  if (claimed.count !== 1) return null;
  const contentEdit = changedFields(shown, fields).some((k) => (CONTENT_FIELDS as readonly string[]).includes(k));
  const written = await writeFields(tx, row.id, fields, {
    lastEditor: { connect: { id: user.id } },
    ...(row.status === "PUBLISHED" && contentEdit ? { revisedAt: now } : {}),
  });
  if (row.publishedAt)
    await recordRedirect(tx, articlePath(row.section.slug, row.slug), articlePath(written.section.slug, written.slug));
  return written;
}

/**
 * Update: the working copy becomes what readers see, as one revision, with "Updated" set for
 * content edits. "Update and notify" passes a `correction`: it is published in the same step,
 * tied to the new revision, so readers never see the fixed text without its note (or the reverse).
 */
export async function publishWorkingCopy(
  db: PrismaClient,
  user: User,
  id: string,
  now = new Date(),
  correction?: string,
): Promise<WorkingCopyResult> {
  const found = await load(db, id);
  if (!found) return { ok: false, message: "This article no longer exists." };
  const { row, article: before } = found;
  if (!mayPublish(user, accessOf(before)) || before.deletedAt)
    return { ok: false, message: "You don’t have permission to update what readers see." };
  if (correction !== undefined && row.status !== "PUBLISHED") return { ok: false, message: NOT_PUBLISHED };
  if (!before.draft) return { ok: true, before, article: before };
  // Checked again: another story may have taken the slug since the working copy was saved.
  const { fields, errors } = await checkFields(db, id, { ...before.draft.fields, breaking: row.breaking }, user);
  if (Object.keys(errors).length)
    return { ok: false, message: "Some fields need attention before this can go to readers.", errors };
  const remote = remoteImages(fields.body);
  if (remote.length) return { ok: false, message: remoteImagesMessage(remote, "before updating") };
  const undescribed = await newlyMissingAlt(db, before.fields, fields);
  if (undescribed.length)
    return { ok: false, message: "Describe every new image, or mark it decorative, before updating." };
  const done = await db.$transaction(async (tx) => {
    const updated = await writeReadersCopy(tx, row, before.fields, fields, user, now);
    if (!updated) return false;
    await tx.articleWorkingCopy.delete({ where: { articleId: id } });
    // What readers saw until now, kept as its own entry (a moment before the update's) so the
    // history shows both sides and the update can be undone exactly.
    await recordRevision(tx, {
      articleId: id,
      version: updated.version,
      fields: before.fields,
      authorId: user.id,
      reason: REPLACED,
      now: new Date(now.getTime() - 1),
    });
    await recordRevision(tx, {
      articleId: id,
      version: updated.version,
      fields,
      authorId: user.id,
      reason: "update",
      now,
    });
    await recordAudit(tx, { action: "article.update", entityType: "Article", entityId: id, actorId: user.id });
    if (correction !== undefined) await recordCorrection(tx, user.id, id, correction, now);
    return true;
  });
  if (!done) return { ok: false, message: "Someone saved a change a moment ago: check it, then update again." };
  return { ok: true, before, article: (await loadEditable(db, id))! };
}

/** Discard: the editor returns to what readers see; the discarded text stays in the revisions. */
export async function discardWorkingCopy(
  db: PrismaClient,
  user: User,
  id: string,
  now = new Date(),
): Promise<WorkingCopyResult> {
  const found = await load(db, id);
  if (!found) return { ok: false, message: "This article no longer exists." };
  const { article: before } = found;
  if (!mayEdit(user, accessOf(before))) return { ok: false, message: "You can’t edit this article now." };
  const draft = before.draft;
  if (!draft) return { ok: true, before, article: before };
  await db.$transaction(async (tx) => {
    await tx.article.update({ where: { id }, data: { version: { increment: 1 } } });
    await tx.articleWorkingCopy.delete({ where: { articleId: id } });
    await recordRevision(tx, {
      articleId: id,
      version: before.version + 1,
      fields: draft.fields,
      authorId: user.id,
      reason: "discard",
      now,
    });
  });
  return { ok: true, before, article: (await loadEditable(db, id))! };
}

/**
 * Undo of an Update: readers see the version the update replaced again, and the updated text goes
 * back into the working copy, so nothing anyone wrote is lost. Only while nothing has changed since
 * the update (no edits, no other update): otherwise the desk edits and updates again.
 */
export async function undoUpdate(
  db: PrismaClient,
  user: User,
  id: string,
  now = new Date(),
): Promise<WorkingCopyResult> {
  const found = await load(db, id);
  if (!found) return { ok: false, message: "This article no longer exists." };
  const { row, article: before } = found;
  if (!mayPublish(user, accessOf(before)) || before.deletedAt || !stagesEdits(row.status))
    return { ok: false, message: "You don’t have permission to update what readers see." };
  const latest = await db.revision.findFirst({ where: { articleId: id }, orderBy: { createdAt: "desc" } });
  const replaced =
    latest?.reason === "update" && latest.version === row.version && !before.draft
      ? await db.revision.findFirst({ where: { articleId: id, reason: REPLACED, version: row.version } })
      : null;
  if (!replaced)
    return {
      ok: false,
      message: CHANGED_SINCE,
    };
  // Checked as any save is: the slug may have gone to another story, an image may be gone.
  const { fields: readers, errors } = await checkFields(
    db,
    id,
    { ...(JSON.parse(replaced.snapshot) as ArticleFields), breaking: row.breaking },
    user,
  );
  if (Object.keys(errors).length)
    return { ok: false, message: "The earlier version can’t go back to readers as it was: edit it and update again." };
  const done = await db.$transaction(async (tx) => {
    const reverted = await writeReadersCopy(tx, row, before.fields, readers, user, now);
    if (!reverted) return false;
    await tx.articleWorkingCopy.create({
      data: { articleId: id, fields: JSON.stringify(before.fields), editorId: user.id },
    });
    await recordRevision(tx, {
      articleId: id,
      version: reverted.version,
      fields: before.fields,
      authorId: user.id,
      reason: "undo-update",
      now,
    });
    await recordAudit(tx, { action: "article.update-undone", entityType: "Article", entityId: id, actorId: user.id });
    return true;
  });
  if (!done)
    return {
      ok: false,
      message: CHANGED_SINCE,
    };
  return { ok: true, before, article: (await loadEditable(db, id))! };
}
