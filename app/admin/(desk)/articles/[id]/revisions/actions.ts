"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { done, fail } from "@/lib/actions/result";
import { mayEdit } from "@/lib/articles/access";
import { loadArticleAccess } from "@/lib/articles/access-load";
import { restoreRevision } from "@/lib/articles/revisions";
import { revalidateArticle } from "@/lib/content/revalidate-article";
import { db } from "@/lib/db";

export const restoreRevisionAction = defineAction({
  schema: z.object({
    articleId: z.string().min(1).max(64),
    revisionId: z.string().min(1).max(64),
    baseVersion: z.coerce.number().int().min(1),
    // Sent by the editor's "Undo restore": the restore it makes is the undo, not a new one to offer undoing.
    undoing: z.literal("1").optional(),
  }),
  load: ({ articleId }) => loadArticleAccess(db, articleId),
  notFound: "This article no longer exists.",
  authorize: mayEdit,
  forbidden: (a) => (a.deletedAt ? "This article is in the trash." : "You can’t edit this article now."),
  run: async (input, { user }) => {
    const result = await restoreRevision(db, user, input);
    if (result.ok) return done(result);
    if (result.kind === "conflict")
      return fail("conflict", "The article changed since this page loaded; reload and try again.");
    return fail(result.kind, "message" in result ? result.message : "That revision could not be restored.");
  },
  revalidate: ({ changed, before, article }) => (changed ? revalidateArticle(before, article) : null),
  // The editor tells what happened and offers the undo, from the address (the form's answer is a navigation).
  redirect: ({ undo }, { articleId, undoing }) =>
    `/admin/articles/${articleId}${undoing ? "?undone=restore" : undo ? `?restored=${encodeURIComponent(undo)}` : ""}`,
});
