import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";
import { articlePath } from "@/lib/content/paths";
import { mayEdit } from "./access";
import { newlyMissingAlt } from "./alt-check";
import { checkFields, type FieldErrors } from "./check-fields";
import { editableInclude, editingFields, loadEditable, toEditable, type EditableArticle } from "./editable";
import { changedFields, CONTENT_FIELDS, sameValue, type ArticleFields } from "./fields";
import { recordRedirect } from "./redirects";
import { recordRevision } from "./revision-log";
import { stagesEdits } from "./working-copy";
import { writeFields } from "./write-fields";

export type SaveResult =
  | { ok: true; article: EditableArticle; changed: boolean; before: EditableArticle; staged: boolean }
  | { ok: false; kind: "conflict"; current: EditableArticle }
  | { ok: false; kind: "invalid"; errors: FieldErrors }
  | { ok: false; kind: "forbidden" | "not-found"; message: string };

/**
 * Saves an article if nobody else saved since `baseVersion`; otherwise reports the conflict with
 * the current version, so nothing is silently overwritten. A published or scheduled story's
 * edits go to its working copy (lib/articles/working-copy.ts): readers see them only on Update.
 */
export async function saveArticle(
  db: PrismaClient,
  user: { id: string; role: Role },
  input: { id: string; baseVersion: number; fields: ArticleFields; reason?: string },
  now = new Date(),
): Promise<SaveResult> {
  const row = await db.article.findUnique({ where: { id: input.id }, include: editableInclude });
  if (!row) return { ok: false, kind: "not-found", message: "This article no longer exists." };
  const before = toEditable(row);
  if (!mayEdit(user, { status: row.status, authorIds: before.fields.authorIds, deletedAt: row.deletedAt })) {
    return {
      ok: false,
      kind: "forbidden",
      message: row.deletedAt ? "This article is in the trash." : "You can’t edit this article now.",
    };
  }
  if (row.version !== input.baseVersion) return { ok: false, kind: "conflict", current: before };

  // Breaking news is set by its own editors-only action (lib/breaking/set.ts), never by a save.
  const { fields, errors } = await checkFields(db, row.id, { ...input.fields, breaking: row.breaking }, user);
  if (Object.keys(errors).length) return { ok: false, kind: "invalid", errors };
  const staged = stagesEdits(row.status);
  const changed = changedFields(editingFields(before), fields);
  if (!changed.length) return { ok: true, article: before, changed: false, before, staged };
  if (
    (row.status === "PUBLISHED" || row.status === "SCHEDULED") &&
    (changed.includes("body") || changed.includes("featuredImageId"))
  ) {
    const undescribed = await newlyMissingAlt(db, editingFields(before), fields);
    if (undescribed.length) {
      const message =
        row.status === "PUBLISHED"
          ? "This story is live: describe the new image, or mark it decorative, and it will be saved."
          : "This story is scheduled: describe the new image, or mark it decorative, and it will be saved.";
      return {
        ok: false,
        kind: "invalid",
        errors: undescribed[0]!.kind === "featured" ? { featuredImageId: message } : { body: message },
      };
    }
  }

  const everPublished = row.publishedAt !== null;
  const contentEdit = changed.some((k) => (CONTENT_FIELDS as readonly string[]).includes(k));
  const result = await db.$transaction(async (tx) => {
    // The version check and the write are one step: a concurrent save makes this match nothing.
    const claimed = await tx.article.updateMany({
      where: { id: row.id, version: input.baseVersion },
      data: { version: { increment: 1 } },
    });
    if (claimed.count !== 1) return null;
    if (staged) {
      // Edits that bring the story back to what readers see leave nothing to update.
      if (sameValue(fields, before.fields)) await tx.articleWorkingCopy.deleteMany({ where: { articleId: row.id } });
      else {
        const data = { fields: JSON.stringify(fields), editorId: user.id };
        await tx.articleWorkingCopy.upsert({
          where: { articleId: row.id },
          create: { articleId: row.id, ...data },
          update: data,
        });
      }
      await recordRevision(tx, {
        articleId: row.id,
        version: input.baseVersion + 1,
        fields,
        authorId: user.id,
        reason: input.reason ?? "save",
        now,
      });
      return row.id;
    }
    const updated = await writeFields(tx, row.id, fields, {
      lastEditor: { connect: { id: user.id } },
      ...(row.status === "PUBLISHED" && contentEdit ? { revisedAt: now } : {}),
    });
    if (everPublished) {
      await recordRedirect(
        tx,
        articlePath(row.section.slug, row.slug),
        articlePath(updated.section.slug, updated.slug),
      );
    }
    await recordRevision(tx, {
      articleId: row.id,
      version: updated.version,
      fields,
      authorId: user.id,
      reason: input.reason ?? "save",
      now,
    });
    return updated.id;
  });
  const article = result ? await loadEditable(db, row.id) : null;
  if (!article) return { ok: false, kind: "conflict", current: (await loadEditable(db, row.id))! };
  return { ok: true, article, changed: true, before, staged };
}
