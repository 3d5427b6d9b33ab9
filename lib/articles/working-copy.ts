import type { PrismaClient } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { articlePath } from "@/lib/content/paths";
import { remoteImages, remoteImagesMessage } from "@/lib/media/remote-images";
import { mayEdit, mayPublish } from "./access";
import { accessOf } from "./access-load";
import { newlyMissingAlt } from "./alt-check";
import { checkFields, type FieldErrors } from "./check-fields";
import { editableInclude, loadEditable, toEditable, type EditableArticle } from "./editable";
import { changedFields, CONTENT_FIELDS } from "./fields";
import { recordRedirect } from "./redirects";
import { recordRevision } from "./revision-log";
import { writeFields } from "./write-fields";

// A story readers can see (or will, at its scheduled time) is never changed by a save: the desk's
// edits are kept in its working copy, saved continuously, and reach readers only when someone
// who may publish presses Update. Discard returns the editor to what readers see.

/** Whether saves to a story in this status go to its working copy. */
export const stagesEdits = (status: ArticleStatus) => status === "PUBLISHED" || status === "SCHEDULED";

type User = { id: string; role: Role };

export type WorkingCopyResult =
  | { ok: true; before: EditableArticle; article: EditableArticle }
  | { ok: false; message: string; errors?: FieldErrors };

async function load(db: PrismaClient, id: string) {
  const row = await db.article.findUnique({ where: { id }, include: editableInclude });
  return row ? { row, article: toEditable(row) } : null;
}

/** Update: the working copy becomes what readers see, as one revision, with "Updated" set for content edits. */
export async function publishWorkingCopy(
  db: PrismaClient,
  user: User,
  id: string,
  now = new Date(),
): Promise<WorkingCopyResult> {
  const found = await load(db, id);
  if (!found) return { ok: false, message: "This article no longer exists." };
  const { row, article: before } = found;
  if (!mayPublish(user, accessOf(before)) || before.deletedAt)
    return { ok: false, message: "You don’t have permission to update what readers see." };
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
  const contentEdit = changedFields(before.fields, fields).some((k) =>
    (CONTENT_FIELDS as readonly string[]).includes(k),
  );
  const done = await db.$transaction(async (tx) => {
    const claimed = await tx.article.updateMany({
      where: { id, version: before.version },
      data: { version: { increment: 1 } },
    });
    if (claimed.count !== 1) return false;
    const updated = await writeFields(tx, id, fields, {
      lastEditor: { connect: { id: user.id } },
      ...(row.status === "PUBLISHED" && contentEdit ? { revisedAt: now } : {}),
    });
    if (row.publishedAt)
      await recordRedirect(
        tx,
        articlePath(row.section.slug, row.slug),
        articlePath(updated.section.slug, updated.slug),
      );
    await tx.articleWorkingCopy.delete({ where: { articleId: id } });
    await recordRevision(tx, {
      articleId: id,
      version: updated.version,
      fields,
      authorId: user.id,
      reason: "update",
      now,
    });
    await recordAudit(tx, { action: "article.update", entityType: "Article", entityId: id, actorId: user.id });
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
