"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { deskAction } from "@/lib/auth/action";
import { restoreRevision } from "@/lib/articles/revisions";
import { revalidateArticle } from "@/lib/content/revalidate-article";
import { db } from "@/lib/db";

export const restoreRevisionAction = deskAction(
  {
    schema: z.object({
      articleId: z.string().min(1).max(64),
      revisionId: z.string().min(1).max(64),
      baseVersion: z.coerce.number().int().min(1),
    }),
    permission: "article:edit-own",
  },
  async (input, user) => {
    const result = await restoreRevision(db, user, input);
    if (!result.ok) {
      const message =
        result.kind === "conflict"
          ? "The article changed since this page loaded; reload and try again."
          : "message" in result
            ? result.message
            : "That revision could not be restored.";
      return { ok: false, message };
    }
    if (result.changed) await revalidateArticle(result.before, result.article);
    redirect(`/admin/articles/${input.articleId}`);
  },
);
