import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/permissions";
import { articlePath } from "@/lib/content/paths";
import { mayEdit } from "./access";
import { newlyMissingAlt } from "./alt-check";
import { checkFields, type FieldErrors } from "./check-fields";
import { editableInclude, editingFields, loadEditable, toEditable, type EditableArticle } from "./editable";
import { articleFieldsSchema, changedFields, CONTENT_FIELDS, sameValue, type ArticleFields } from "./fields";
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
  const row = await loadRow(db, input.id);
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

  const version = await commit(
    db,
    { row, before, user, fields, changed, baseVersion: input.baseVersion, now },
    {
      reason: input.reason ?? "save",
    },
  );
  const article = version === null ? null : await loadEditable(db, row.id);
  if (!article) return { ok: false, kind: "conflict", current: (await loadEditable(db, row.id))! };
  return { ok: true, article, changed: true, before, staged };
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadRow>>>;
const loadRow = (db: PrismaClient, id: string) => db.article.findUnique({ where: { id }, include: editableInclude });

/**
 * Writes checked fields as one step with the version claim: to the working copy of a published or
 * scheduled story, otherwise to the story (with a redirect from an old URL), and a revision.
 * Returns the new version, or null when someone else wrote since `baseVersion`.
 */
async function commit(
  db: PrismaClient,
  s: {
    row: Loaded;
    before: EditableArticle;
    user: { id: string };
    fields: ArticleFields;
    changed: (keyof ArticleFields)[];
    baseVersion: number;
    now: Date;
  },
  opts: {
    reason: string;
    also?: (tx: Prisma.TransactionClient, version: number) => Promise<unknown>;
    /** Nothing changed: only `also` runs (with the current version). */
    skipWrite?: boolean;
  },
): Promise<number | null> {
  const { row, before, user, fields, changed, baseVersion, now } = s;
  if (opts.skipWrite) {
    return db.$transaction(async (tx) => {
      const current = await tx.article.findUnique({ where: { id: row.id }, select: { version: true } });
      if (current?.version !== baseVersion) return null;
      await opts.also?.(tx, baseVersion);
      return baseVersion;
    });
  }
  const staged = stagesEdits(row.status);
  const everPublished = row.publishedAt !== null;
  const contentEdit = changed.some((k) => (CONTENT_FIELDS as readonly string[]).includes(k));
  return db.$transaction(async (tx) => {
    // The version check and the write are one step: a concurrent save makes this match nothing.
    const claimed = await tx.article.updateMany({
      where: { id: row.id, version: baseVersion },
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
        version: baseVersion + 1,
        fields,
        authorId: user.id,
        reason: opts.reason,
        now,
      });
      await opts.also?.(tx, baseVersion + 1);
      return baseVersion + 1;
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
      reason: opts.reason,
      now,
    });
    await opts.also?.(tx, updated.version);
    return updated.version;
  });
}

export type DocumentSaveResult =
  | { ok: true; version: number | null; errors: FieldErrors; fields: ArticleFields }
  | { ok: false; kind: "forbidden" | "not-found" | "busy"; message: string };

/**
 * Saves what the shared document (lib/collab) holds. Nothing is refused as a whole: a field that
 * fails its rule keeps its stored value and is reported, and everything else is saved, so the body
 * is never held back by a headline that is too long or a slug that is taken. `also` runs in the same
 * transaction with the new version (the document's own state is stored with it).
 */
export async function saveFromDocument(
  db: PrismaClient,
  user: { id: string; role: Role },
  input: { id: string; baseVersion: number; fields: Omit<ArticleFields, "breaking"> },
  also: (tx: Prisma.TransactionClient, version: number) => Promise<unknown>,
  now = new Date(),
): Promise<DocumentSaveResult> {
  const row = await loadRow(db, input.id);
  if (!row) return { ok: false, kind: "not-found", message: "This article no longer exists." };
  const before = toEditable(row);
  if (!mayEdit(user, { status: row.status, authorIds: before.fields.authorIds, deletedAt: row.deletedAt }))
    return { ok: false, kind: "forbidden", message: "You can’t edit this article now." };
  if (row.version !== input.baseVersion) return { ok: false, kind: "busy", message: "The story changed meanwhile." };
  const stored = editingFields(before);
  const errors: FieldErrors = {};
  // Breaking news is set by its own editors-only action (lib/breaking/set.ts), never by a save.
  const candidate: Record<string, unknown> = { ...input.fields, breaking: row.breaking };
  const parsed = articleFieldsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof ArticleFields;
      errors[key] ??= issue.message;
      candidate[key] = stored[key];
    }
  }
  const valid = articleFieldsSchema.safeParse(candidate);
  if (!valid.success) return { ok: false, kind: "busy", message: "The stored story no longer passes its checks." };
  const checked = await checkFields(db, row.id, valid.data, user);
  const fields = { ...checked.fields };
  for (const [key, message] of Object.entries(checked.errors) as [keyof ArticleFields, string][]) {
    errors[key] = key === "slug" ? await slugAlternative(db, row.id, fields.slug, message) : message;
    (fields as Record<string, unknown>)[key] = stored[key];
  }
  if (row.status === "PUBLISHED" || row.status === "SCHEDULED") {
    // Saved all the same: only Update (which checks again) takes the story to readers.
    const undescribed = await newlyMissingAlt(db, before.fields, fields);
    if (undescribed.length) {
      const message = "Describe the new image, or mark it decorative, before this goes to readers.";
      if (undescribed[0]!.kind === "featured") errors.featuredImageId = message;
      else errors.body = message;
    }
  }
  const changed = changedFields(stored, fields);
  const version = await commit(
    db,
    { row, before, user, fields, changed, baseVersion: input.baseVersion, now },
    { reason: "save", also, skipWrite: !changed.length },
  );
  if (version === null) return { ok: false, kind: "busy", message: "Someone else wrote a moment ago." };
  return { ok: true, version: changed.length ? version : null, errors, fields };
}

/** The slug message with a free alternative to offer. */
async function slugAlternative(db: PrismaClient, id: string, slug: string, message: string) {
  for (let n = 2; n < 50; n++) {
    const candidate = `${slug.slice(0, 76)}-${n}`;
    const taken = await db.article.findFirst({ where: { slug: candidate, id: { not: id } }, select: { id: true } });
    if (!taken) return `${message} “${candidate}” is free.`;
  }
  return message;
}
