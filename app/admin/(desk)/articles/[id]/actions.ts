"use server";

import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { deskCall } from "@/lib/auth/action";
import { mayPublish, mayView } from "@/lib/articles/access";
import { loadEditable } from "@/lib/articles/editable";
import { previewRefusal } from "@/lib/articles/embargo";
import { articleFieldsSchema } from "@/lib/articles/fields";
import { transition, TRANSITIONS } from "@/lib/articles/lifecycle";
import { createPreviewToken } from "@/lib/articles/preview-token";
import { saveArticle } from "@/lib/articles/save";
import { discardWorkingCopy, publishWorkingCopy } from "@/lib/articles/working-copy";
import { authSecret } from "@/lib/auth/secret";
import { revalidateArticle } from "@/lib/content/revalidate-article";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { canChangeMedia } from "@/lib/media/access";
import { lacksAlt } from "@/lib/media/alt-text";
import { getMediaItem, updateMediaDetails } from "@/lib/media/library";
import { revalidateMediaUse } from "@/lib/media/revalidate";

const id = z.string().min(1).max(64);

export const saveArticleAction = deskCall(
  {
    schema: z.object({ id, baseVersion: z.number().int().min(1), fields: articleFieldsSchema }),
    permission: "article:edit-own",
  },
  async (input, user) => {
    const result = await saveArticle(db, user, input);
    if (result.ok && result.changed && !result.staged) await revalidateArticle(result.before, result.article);
    if (result.ok) return { ok: true as const, article: result.article };
    return result;
  },
);

/** What the editor shows around the shared document: status, the working copy waiting for Update. */
export const editorStateAction = deskCall(
  { schema: z.object({ id }), permission: "desk:enter" },
  async ({ id: articleId }, user) => {
    const article = await loadEditable(db, articleId);
    if (
      !article ||
      !mayView(user, { status: article.status, authorIds: article.fields.authorIds, deletedAt: article.deletedAt })
    )
      return { ok: false as const, message: "You can’t open this article." };
    return { ok: true as const, article };
  },
);

/** Update: the working copy of a published or scheduled story becomes what readers see. */
export const updateArticleAction = deskCall(
  { schema: z.object({ id }), permission: "desk:enter" },
  async ({ id: articleId }, user) => {
    const result = await publishWorkingCopy(db, user, articleId);
    if (result.ok) await revalidateArticle(result.before, result.article);
    return result;
  },
);

/** Discard changes: the editor goes back to what readers see (the discarded text stays in Revisions). */
export const discardChangesAction = deskCall(
  { schema: z.object({ id }), permission: "desk:enter" },
  async ({ id: articleId }, user) => discardWorkingCopy(db, user, articleId),
);

export const transitionAction = deskCall(
  {
    schema: z.object({ id, transition: z.enum(TRANSITIONS), at: z.iso.datetime().optional() }),
    permission: "desk:enter",
  },
  async ({ id: articleId, transition: t, at }, user) => {
    const result = await transition(db, user, articleId, t, { at: at ? new Date(at) : undefined });
    if (result.ok) await revalidateArticle(result.before, result.article);
    return result;
  },
);

export const previewLinkAction = deskCall(
  { schema: z.object({ id }), permission: "desk:enter" },
  async ({ id: articleId }, user) => {
    const article = await loadEditable(db, articleId);
    if (
      !article ||
      !mayView(user, { status: article.status, authorIds: article.fields.authorIds, deletedAt: article.deletedAt })
    ) {
      return { ok: false as const, message: "You can’t preview this article." };
    }
    const embargoed = previewRefusal(article.fields.embargoUntil ? new Date(article.fields.embargoUntil) : null);
    if (embargoed) return { ok: false as const, message: embargoed };
    return { ok: true as const, url: `${env.SITE_URL}/preview/${createPreviewToken(articleId, authSecret())}` };
  },
);

export const addCorrectionAction = deskCall(
  {
    schema: z.object({ id, text: z.string().trim().min(10, "Describe the correction in a sentence.").max(1000) }),
    permission: "desk:enter",
  },
  async ({ id: articleId, text }, user) => {
    const article = await loadEditable(db, articleId);
    if (
      !article ||
      !mayPublish(user, { status: article.status, authorIds: article.fields.authorIds, deletedAt: article.deletedAt })
    ) {
      return { ok: false as const, message: "You don’t have permission to do that." };
    }
    if (article.status !== "PUBLISHED")
      return { ok: false as const, message: "Corrections are for published articles." };
    const revision = await db.revision.findFirst({
      where: { articleId },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    await db.$transaction([
      db.correction.create({ data: { articleId, text, revisionId: revision?.id, authorId: user.id } }),
      db.article.update({ where: { id: articleId }, data: { revisedAt: new Date() } }),
    ]);
    await recordAudit(db, {
      action: "article.correction",
      entityType: "Article",
      entityId: articleId,
      actorId: user.id,
    });
    await revalidateArticle(article, article);
    return { ok: true as const };
  },
);

/**
 * The publish check's answer for the featured image: its alt text (or decorative mark) is the
 * library item's. Filling in a description nobody gave is open to whoever may publish the story;
 * changing an existing one stays with the uploader or an editor (the media library page).
 */
export const describeFeaturedImageAction = deskCall(
  {
    schema: z
      .object({ id, alt: z.string().trim().max(500, "Keep alt text under 500 characters."), decorative: z.boolean() })
      .refine((v) => v.decorative || v.alt.length > 0, {
        message: "Describe the image, or mark it decorative.",
        path: ["alt"],
      }),
    permission: "desk:enter",
  },
  async ({ id: articleId, alt, decorative }, user) => {
    const article = await loadEditable(db, articleId);
    if (
      !article ||
      !mayPublish(user, { status: article.status, authorIds: article.fields.authorIds, deletedAt: article.deletedAt })
    ) {
      return { ok: false as const, message: "You don’t have permission to do that." };
    }
    const mediaId = article.fields.featuredImageId;
    const item = mediaId ? await getMediaItem(db, mediaId) : null;
    if (!mediaId || !item) return { ok: false as const, message: "This story has no featured image any more." };
    if (!lacksAlt(item) && !canChangeMedia(user, item.uploader?.id)) {
      return {
        ok: false as const,
        message: "Only the person who uploaded this image, or an editor, can change its description.",
      };
    }
    await updateMediaDetails(db, mediaId, { alt: decorative ? "" : alt, decorative });
    await recordAudit(db, {
      action: "media.update",
      entityType: "Media",
      entityId: mediaId,
      actorId: user.id,
      meta: { from: "publish-check", articleId },
    });
    await revalidateMediaUse(mediaId);
    return { ok: true as const };
  },
);
