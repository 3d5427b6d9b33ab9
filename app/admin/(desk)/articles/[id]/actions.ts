"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { fromLib } from "@/lib/actions/from-lib";
import { done, fail } from "@/lib/actions/result";
import { mayEdit, mayMove, mayPublish, mayView } from "@/lib/articles/access";
import { accessOf, loadArticleAccess, type ArticleAccess } from "@/lib/articles/access-load";
import { loadEditable } from "@/lib/articles/editable";
import { previewRefusal } from "@/lib/articles/embargo";
import { articleFieldsSchema } from "@/lib/articles/fields";
import { transition, TRANSITIONS } from "@/lib/articles/lifecycle";
import { addNote, noteText } from "@/lib/articles/notes";
import { createPreviewToken } from "@/lib/articles/preview-token";
import { saveArticle } from "@/lib/articles/save";
import { discardWorkingCopy, publishWorkingCopy, undoUpdate } from "@/lib/articles/working-copy";
import { authSecret } from "@/lib/auth/secret";
import { revalidateArticle } from "@/lib/content/revalidate-article";
import { addCorrection } from "@/lib/corrections/write";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { canChangeMedia } from "@/lib/media/access";
import { lacksAlt } from "@/lib/media/alt-text";
import { getMediaItem, updateMediaDetails } from "@/lib/media/library";
import { revalidateMediaUse } from "@/lib/media/revalidate";

const id = z.string().min(1).max(64);
const GONE = "This article no longer exists.";
const loadAccess = ({ id: articleId }: { id: string }) => loadArticleAccess(db, articleId);
const loadArticle = ({ id: articleId }: { id: string }) => loadEditable(db, articleId);
const cannotEdit = (a: ArticleAccess) =>
  a.deletedAt ? "This article is in the trash." : "You can’t edit this article now.";

export const saveArticleAction = defineAction({
  schema: z.object({ id, baseVersion: z.number().int().min(1), fields: articleFieldsSchema }),
  load: loadAccess,
  notFound: GONE,
  authorize: mayEdit,
  forbidden: cannotEdit,
  // A conflict carries the current article, for the editor to rebase on.
  run: async (input, { user }) => fromLib(await saveArticle(db, user, input), "Not saved: reload the page."),
  revalidate: ({ changed, staged, before, article }) =>
    changed && !staged ? revalidateArticle(before, article) : null,
  reply: ({ article }) => done({ article }),
});

/** What the editor shows around the shared document: status, the working copy waiting for Update. */
export const editorStateAction = defineAction({
  schema: z.object({ id }),
  load: loadArticle,
  notFound: "You can’t open this article.",
  authorize: (user, article) => mayView(user, accessOf(article)),
  forbidden: "You can’t open this article.",
  run: async (_input, { record: article }) => done({ article }),
});

const correctionText = z.string().trim().min(10, "Describe the correction in a sentence.").max(1000);

/**
 * Update: the working copy of a published or scheduled story becomes what readers see; with a
 * `correction` ("Update and notify"), the correction is published in the same step.
 */
export const updateArticleAction = defineAction({
  schema: z.object({ id, correction: correctionText.optional() }),
  load: loadAccess,
  notFound: GONE,
  authorize: mayPublish,
  forbidden: "You don’t have permission to update what readers see.",
  run: async ({ id: articleId, correction }, { user }) =>
    fromLib(await publishWorkingCopy(db, user, articleId, new Date(), correction)),
  revalidate: ({ before, article }) => revalidateArticle(before, article),
});

/** Undo of an Update, while nothing has changed since: readers get the replaced version back. */
export const undoUpdateAction = defineAction({
  schema: z.object({ id }),
  load: loadAccess,
  notFound: GONE,
  authorize: mayPublish,
  forbidden: "You don’t have permission to update what readers see.",
  run: async ({ id: articleId }, { user }) => fromLib(await undoUpdate(db, user, articleId)),
  revalidate: ({ before, article }) => revalidateArticle(before, article),
});

/** Discard changes: the editor goes back to what readers see (the discarded text stays in Revisions). */
export const discardChangesAction = defineAction({
  schema: z.object({ id }),
  load: loadAccess,
  notFound: GONE,
  authorize: mayEdit,
  forbidden: "You can’t edit this article now.",
  run: async ({ id: articleId }, { user }) => fromLib(await discardWorkingCopy(db, user, articleId)),
});

export const transitionAction = defineAction({
  // A `note` goes with the move (why a story returns to its writer).
  schema: z.object({ id, transition: z.enum(TRANSITIONS), at: z.iso.datetime().optional(), note: noteText.optional() }),
  load: loadAccess,
  notFound: GONE,
  authorize: (user, article, input) => mayMove(user, input.transition, article),
  // A refused publish names the images that still need alt text (`missingAlt`).
  run: async ({ id: articleId, transition: t, at, note }, { user }) =>
    fromLib(await transition(db, user, articleId, t, { at: at ? new Date(at) : undefined, note })),
  revalidate: ({ before, article }) => revalidateArticle(before, article),
});

/** A desk note on the story: whoever may open it in the desk may add one. */
export const addNoteAction = defineAction({
  schema: z.object({ id, text: noteText }),
  load: loadArticle,
  notFound: "You can’t open this article.",
  authorize: (user, article) => mayView(user, accessOf(article)),
  forbidden: "You can’t open this article.",
  run: async ({ id: articleId, text }, { user }) => fromLib(await addNote(db, user.id, articleId, text)),
});

export const previewLinkAction = defineAction({
  schema: z.object({ id }),
  load: loadArticle,
  notFound: "You can’t preview this article.",
  authorize: (user, article) => mayView(user, accessOf(article)),
  forbidden: "You can’t preview this article.",
  run: async ({ id: articleId }, { record: article }) => {
    const embargoed = previewRefusal(article.fields.embargoUntil ? new Date(article.fields.embargoUntil) : null);
    if (embargoed) return fail("refused", embargoed);
    return done({ url: `${env.SITE_URL}/preview/${createPreviewToken(articleId, authSecret())}` });
  },
});

export const addCorrectionAction = defineAction({
  schema: z.object({ id, text: correctionText }),
  load: loadArticle,
  authorize: (user, article) => mayPublish(user, accessOf(article)),
  run: async ({ id: articleId, text }, { user }) => fromLib(await addCorrection(db, user.id, articleId, text)),
  revalidate: (_value, { record: article }) => revalidateArticle(article, article),
});

/**
 * The publish check's answer for the featured image: its alt text (or decorative mark) is the
 * library item's. Filling in a description nobody gave is open to whoever may publish the story;
 * changing an existing one stays with the uploader or an editor (the media library page).
 */
export const describeFeaturedImageAction = defineAction({
  schema: z
    .object({ id, alt: z.string().trim().max(500, "Keep alt text under 500 characters."), decorative: z.boolean() })
    .refine((v) => v.decorative || v.alt.length > 0, {
      message: "Describe the image, or mark it decorative.",
      path: ["alt"],
    }),
  load: loadArticle,
  authorize: (user, article) => mayPublish(user, accessOf(article)),
  run: async ({ id: articleId, alt, decorative }, { user, record: article }) => {
    const mediaId = article.fields.featuredImageId;
    const item = mediaId ? await getMediaItem(db, mediaId) : null;
    if (!mediaId || !item) return fail("not-found", "This story has no featured image any more.");
    if (!lacksAlt(item) && !canChangeMedia(user, item.uploader?.id))
      return fail("forbidden", "Only the person who uploaded this image, or an editor, can change its description.");
    await updateMediaDetails(
      db,
      mediaId,
      { alt: decorative ? "" : alt, decorative },
      { actorId: user.id, meta: { from: "publish-check", articleId } },
    );
    return done({ mediaId });
  },
  revalidate: ({ mediaId }) => revalidateMediaUse(mediaId),
});
