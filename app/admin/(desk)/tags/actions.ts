"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { done } from "@/lib/actions/result";
import { allowedTo } from "@/lib/auth/permissions";
import { revalidateTaxonomy } from "@/lib/taxonomy/revalidate";
import { db } from "@/lib/db";
import { singleLine } from "@/lib/format/single-line";
import { createTag, deleteTag, renameTag } from "@/lib/taxonomy/tags";

const id = z.string().min(1).max(64);
const name = singleLine().min(1, "Enter a name.").max(50);
const manageTaxonomy = allowedTo("taxonomy:manage");
// Tag names appear on every story that carries them.
const revalidate = () => revalidateTaxonomy();

export const createTagAction = defineAction({
  schema: z.object({ name }),
  authorize: manageTaxonomy,
  run: async ({ name: n }, { user }) => {
    await createTag(db, n, user.id);
    return done({}, `Tag “${n}” created.`);
  },
  revalidate,
});

export const updateTagAction = defineAction({
  schema: z.object({ id, name, slug: z.string().trim().toLowerCase().max(80) }),
  authorize: manageTaxonomy,
  run: async ({ id: tagId, ...input }, { user }) => {
    const { before, after } = await renameTag(db, tagId, input, user.id);
    return done({}, before === after ? "Tag saved." : `Tag saved; /tag/${before} now redirects to /tag/${after}.`);
  },
  revalidate,
});

export const deleteTagAction = defineAction({
  schema: z.object({ id, mergeInto: z.string().max(64).optional() }),
  authorize: manageTaxonomy,
  run: async ({ id: tagId, mergeInto }, { user }) => {
    await deleteTag(db, tagId, mergeInto || null, user.id);
    return done({}, "Tag deleted.");
  },
  revalidate,
});
