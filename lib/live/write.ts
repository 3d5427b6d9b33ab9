import type { PrismaClient } from "@/lib/db/client";
import type { z } from "zod";
import type { Role } from "@/lib/auth/permissions";
import { mayPublish } from "@/lib/articles/access";
import { loadEditable, type EditableArticle } from "@/lib/articles/editable";
import { plainText } from "@/lib/editor/text";
import { remoteImages, remoteImagesMessage } from "@/lib/media/remote-images";
import { recordAudit } from "@/lib/audit/record";
import type { addUpdateSchema } from "./schemas";

// Live coverage changes. Updates reach readers at once, so each one needs the right to publish
// the story (its bylined authors, or an editor).

type User = { id: string; role: Role };
export type LiveResult = { ok: true; article: EditableArticle } | { ok: false; message: string };

const NOT_ALLOWED = "You don’t have permission to do that.";

async function publishable(db: PrismaClient, user: User, articleId: string) {
  const article = await loadEditable(db, articleId);
  if (
    !article ||
    !mayPublish(user, { status: article.status, authorIds: article.fields.authorIds, deletedAt: article.deletedAt })
  )
    return null;
  return article;
}

export async function startCoverage(db: PrismaClient, user: User, articleId: string): Promise<LiveResult> {
  const article = await publishable(db, user, articleId);
  if (!article) return { ok: false, message: NOT_ALLOWED };
  const row = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { live: true, liveEndedAt: true },
  });
  if (row.live && !row.liveEndedAt) return { ok: false, message: "The coverage is already live." };
  if (row.liveEndedAt) return { ok: false, message: "This coverage has ended; start a new live page instead." };
  await db.$transaction([
    db.article.update({ where: { id: articleId }, data: { live: true, liveStartedAt: new Date(), liveEndedAt: null } }),
    recordAudit(db, { action: "live.start", entityType: "Article", entityId: articleId, actorId: user.id }),
  ]);
  return { ok: true, article };
}

/** Freezes the page: no more updates, no polling, and it is marked up as a normal article. */
export async function endCoverage(db: PrismaClient, user: User, articleId: string): Promise<LiveResult> {
  const article = await publishable(db, user, articleId);
  if (!article) return { ok: false, message: NOT_ALLOWED };
  const row = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { live: true, liveEndedAt: true },
  });
  if (!row.live || row.liveEndedAt) return { ok: false, message: "The coverage is not live." };
  const now = new Date();
  await db.$transaction([
    db.article.update({ where: { id: articleId }, data: { liveEndedAt: now, revisedAt: now } }),
    recordAudit(db, { action: "live.end", entityType: "Article", entityId: articleId, actorId: user.id }),
  ]);
  return { ok: true, article };
}

export async function addUpdate(
  db: PrismaClient,
  user: User,
  input: z.infer<typeof addUpdateSchema>,
): Promise<LiveResult & { updateId?: string }> {
  const article = await publishable(db, user, input.articleId);
  if (!article) return { ok: false, message: NOT_ALLOWED };
  const row = await db.article.findUniqueOrThrow({
    where: { id: input.articleId },
    select: { live: true, liveEndedAt: true },
  });
  if (!row.live || row.liveEndedAt)
    return { ok: false, message: "Updates can only be added while the coverage is live." };
  if (!plainText(input.body).trim()) return { ok: false, message: "Write the update before posting it." };
  // An update goes to readers as it is posted: a picture not yet in the library waits, as a story's does.
  const remote = remoteImages(input.body);
  if (remote.length) return { ok: false, message: remoteImagesMessage(remote, "before posting the update") };
  const now = new Date();
  const [update] = await db.$transaction([
    db.liveUpdate.create({
      data: {
        articleId: input.articleId,
        authorId: user.id,
        title: input.title,
        keyEvent: input.keyEvent,
        body: JSON.stringify(input.body),
        publishedAt: now,
      },
    }),
    db.article.update({ where: { id: input.articleId }, data: { revisedAt: now } }),
  ]);
  return { ok: true, article, updateId: update.id };
}

async function updateArticle(db: PrismaClient, user: User, updateId: string) {
  const update = await db.liveUpdate.findUnique({ where: { id: updateId }, select: { articleId: true } });
  return update ? publishable(db, user, update.articleId) : null;
}

export async function setKeyEvent(
  db: PrismaClient,
  user: User,
  updateId: string,
  keyEvent: boolean,
): Promise<LiveResult> {
  const article = await updateArticle(db, user, updateId);
  if (!article) return { ok: false, message: NOT_ALLOWED };
  await db.liveUpdate.update({ where: { id: updateId }, data: { keyEvent } });
  return { ok: true, article };
}

export async function deleteUpdate(db: PrismaClient, user: User, updateId: string): Promise<LiveResult> {
  const article = await updateArticle(db, user, updateId);
  if (!article) return { ok: false, message: NOT_ALLOWED };
  await db.$transaction([
    db.liveUpdate.delete({ where: { id: updateId } }),
    recordAudit(db, {
      action: "live.delete-update",
      entityType: "Article",
      entityId: article.id,
      actorId: user.id,
      meta: { updateId },
    }),
  ]);
  return { ok: true, article };
}
