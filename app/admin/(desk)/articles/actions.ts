"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { deskAction } from "@/lib/auth/action";
import { createDraft } from "@/lib/articles/lifecycle";
import { db } from "@/lib/db";

export const createArticleAction = deskAction(
  { schema: z.object({}), permission: "article:create" },
  async (_input, user) => {
    const article = await createDraft(db, user);
    redirect(`/admin/articles/${article.id}`);
  },
);
