import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { Role } from "@/lib/auth/permissions";
import { emptyDocument } from "@/lib/editor/document";
import { countWords, plainText } from "@/lib/editor/text";
import { deriveBodyFields } from "@/lib/content/derive";
import { embargoLiftedWhere } from "@/lib/content/visibility";
import type { MissingAlt } from "@/lib/media/alt-text";
import { remoteImages, remoteImagesMessage } from "@/lib/media/remote-images";
import { mayMove } from "./access";
import { missingAlt, MISSING_ALT_MESSAGE } from "./alt-check";
import { embargoCheck } from "./embargo";
import { editableInclude, editingFields, toEditable, type EditableArticle } from "./editable";
import { stagesEdits } from "./working-copy";
import { writeFields } from "./write-fields";
import { recordNote } from "./notes";
import { recordRevision } from "./revision-log";

type User = { id: string; role: Role };

export const TRANSITIONS = [
  "submit",
  "withdraw",
  "publish",
  "schedule",
  "unpublish",
  "return-to-draft",
  "archive",
  "trash",
  "restore",
] as const;
export type Transition = (typeof TRANSITIONS)[number];

export type TransitionResult =
  | { ok: true; before: EditableArticle; article: EditableArticle }
  | { ok: false; message: string; missingAlt?: MissingAlt[] };

const FROM: Record<Transition, ArticleStatus[]> = {
  submit: ["DRAFT"],
  withdraw: ["IN_REVIEW"],
  publish: ["DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED"],
  schedule: ["DRAFT", "IN_REVIEW", "SCHEDULED"],
  unpublish: ["PUBLISHED", "SCHEDULED"],
  "return-to-draft": ["IN_REVIEW", "ARCHIVED"],
  archive: ["PUBLISHED", "DRAFT", "IN_REVIEW"],
  trash: ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"],
  restore: ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"],
};

/** Whether anyone outside the byline has changed the story since it was last submitted. */
async function reviewStarted(db: PrismaClient, id: string, authorIds: string[]) {
  const submitted = await db.revision.findFirst({
    where: { articleId: id, reason: "submit" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  if (!submitted) return false;
  const byOthers = await db.revision.count({
    where: { articleId: id, createdAt: { gt: submitted.createdAt }, NOT: { authorId: { in: authorIds } } },
  });
  return byOthers > 0;
}

/** Creates an empty draft bylined to its creator. */
export async function createDraft(db: PrismaClient, user: User, sectionId?: string) {
  const section = sectionId
    ? await db.section.findUnique({ where: { id: sectionId }, select: { id: true } })
    : await db.section.findFirst({ orderBy: { position: "asc" }, select: { id: true } });
  if (!section) throw new Error("Create a section before writing articles.");
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        slug: `untitled-${randomBytes(4).toString("hex")}`,
        title: "",
        ...deriveBodyFields(emptyDocument()),
        sectionId: section.id,
        lastEditorId: user.id,
        authors: { create: [{ userId: user.id, position: 0 }] },
      },
    });
    await recordAudit(tx, { action: "article.create", entityType: "Article", entityId: article.id, actorId: user.id });
    return article;
  });
}

/**
 * Moves an article through its lifecycle; every move is a revision and an audit event. A `note`
 * (why it goes back to its writer, say) is written with the move, as one step.
 */
export async function transition(
  db: PrismaClient,
  user: User,
  id: string,
  t: Transition,
  opts: { at?: Date; now?: Date; note?: string } = {},
): Promise<TransitionResult> {
  const now = opts.now ?? new Date();
  const row = await db.article.findUnique({ where: { id }, include: editableInclude });
  if (!row) return { ok: false, message: "This article no longer exists." };
  const before = toEditable(row);
  const info = { status: row.status, authorIds: before.fields.authorIds, deletedAt: row.deletedAt };
  if (!mayMove(user, t, info)) return { ok: false, message: "You don’t have permission to do that." };
  if (!FROM[t].includes(row.status) || (t !== "restore" && row.deletedAt))
    return { ok: false, message: `A ${row.status.toLowerCase().replace("_", " ")} article can’t be moved that way.` };
  if (
    (t === "publish" || t === "schedule" || t === "submit") &&
    (!row.title.trim() || countWords(plainText(before.fields.body)) === 0)
  ) {
    return { ok: false, message: "Give the article a headline and some text first." };
  }
  if (t === "schedule" && (!opts.at || opts.at <= now))
    return { ok: false, message: "Choose a time in the future to schedule for." };
  if (t === "publish" || t === "schedule") {
    const remote = remoteImages(before.fields.body);
    if (remote.length) return { ok: false, message: remoteImagesMessage(remote, "before the story goes live") };
    const undescribed = await missingAlt(db, before.fields);
    if (undescribed.length) return { ok: false, message: MISSING_ALT_MESSAGE, missingAlt: undescribed };
  }
  if (t === "withdraw" && (await reviewStarted(db, id, before.fields.authorIds)))
    return { ok: false, message: "An editor has started on this story: ask them to return it to you." };
  const embargo = embargoCheck(t, row.embargoUntil, opts.at, now);
  if (!embargo.ok) return embargo;

  const data: Prisma.ArticleUpdateInput = { version: { increment: 1 }, lastEditor: { connect: { id: user.id } } };
  if (t === "submit") data.status = "IN_REVIEW";
  if (t === "publish" && embargo.scheduleFor)
    Object.assign(data, { status: "SCHEDULED", scheduledFor: embargo.scheduleFor });
  else if (t === "publish")
    Object.assign(data, { status: "PUBLISHED", publishedAt: row.publishedAt ?? now, scheduledFor: null });
  if (t === "schedule") Object.assign(data, { status: "SCHEDULED", scheduledFor: opts.at });
  if (t === "unpublish" || t === "return-to-draft" || t === "withdraw")
    Object.assign(data, { status: "DRAFT", scheduledFor: null });
  if (t === "archive") data.status = "ARCHIVED";
  if (t === "trash") data.deletedAt = now;
  if (t === "restore") data.deletedAt = null;

  const updated = await db.$transaction(async (tx) => {
    const leaving = before.draft && typeof data.status === "string" && !stagesEdits(data.status);
    // Out of readers' sight, the working copy is the story itself again.
    if (leaving) {
      await writeFields(tx, id, before.draft!.fields, data);
      await tx.articleWorkingCopy.delete({ where: { articleId: id } });
    }
    const saved = leaving
      ? await tx.article.findUniqueOrThrow({ where: { id }, include: editableInclude })
      : await tx.article.update({ where: { id }, data, include: editableInclude });
    // The desk's text at the change: a published story's working copy, not the readers' version.
    await recordRevision(tx, {
      articleId: id,
      version: saved.version,
      fields: editingFields(before),
      authorId: user.id,
      reason: t,
      now,
    });
    await recordAudit(tx, {
      action: `article.${t}`,
      entityType: "Article",
      entityId: id,
      actorId: user.id,
      meta: { from: row.status, to: saved.status },
    });
    if (opts.note) await recordNote(tx, { articleId: id, authorId: user.id, text: opts.note, now });
    return saved;
  });
  return { ok: true, before, article: toEditable(updated) };
}

/** Publishes every scheduled article whose time has come. Each is claimed atomically, so several
 * server instances running this at once publish each article exactly once. */
export async function publishDue(db: PrismaClient, now = new Date()): Promise<EditableArticle[]> {
  const due = await db.article.findMany({
    where: {
      status: "SCHEDULED",
      scheduledFor: { lte: now },
      deletedAt: null,
      ...embargoLiftedWhere(now),
    },
    select: { id: true, scheduledFor: true, publishedAt: true },
  });
  const published: EditableArticle[] = [];
  for (const a of due) {
    // The claim and its audit entry are one write: a story is never published without its record.
    const row = await db.$transaction(async (tx) => {
      const claimed = await tx.article.updateMany({
        where: { id: a.id, status: "SCHEDULED" },
        data: {
          status: "PUBLISHED",
          publishedAt: a.publishedAt ?? a.scheduledFor ?? now,
          scheduledFor: null,
          version: { increment: 1 },
        },
      });
      if (claimed.count !== 1) return null;
      await recordAudit(tx, { action: "article.publish-scheduled", entityType: "Article", entityId: a.id });
      return tx.article.findUniqueOrThrow({ where: { id: a.id }, include: editableInclude });
    });
    if (row) published.push(toEditable(row));
  }
  return published;
}
