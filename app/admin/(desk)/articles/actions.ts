"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { done } from "@/lib/actions/result";
import { createDraft } from "@/lib/articles/lifecycle";
import { allowedTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export const createArticleAction = defineAction({
  schema: z.object({}),
  authorize: allowedTo("article:create"),
  run: async (_input, { user }) => done({ id: (await createDraft(db, user)).id }),
  redirect: ({ id }) => `/admin/articles/${id}`,
});
