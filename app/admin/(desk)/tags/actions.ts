"use server";

import { z } from "zod";
import { singleLine } from "@/lib/format/single-line";
import { deskAction, type ActionState } from "@/lib/auth/action";
import { revalidateTaxonomy } from "@/lib/taxonomy/revalidate";
import { db } from "@/lib/db";
import { createTag, deleteTag, renameTag } from "@/lib/taxonomy/tags";
import { UserError } from "@/lib/errors";

const id = z.string().min(1).max(64);
const name = singleLine().min(1, "Enter a name.").max(50);

function done(message: string): ActionState {
  // Tag names appear on every story that carries them.
  revalidateTaxonomy();
  return { ok: true, message };
}
const asState = (e: unknown): ActionState => {
  if (e instanceof UserError)
    return { ok: false, message: e.message, fieldErrors: e.field ? { [e.field]: [e.message] } : undefined };
  throw e;
};

export const createTagAction = deskAction(
  { schema: z.object({ name }), permission: "taxonomy:manage" },
  async ({ name: n }, user) => {
    try {
      await createTag(db, n, user.id);
      return done(`Tag “${n}” created.`);
    } catch (e) {
      return asState(e);
    }
  },
);

export const updateTagAction = deskAction(
  { schema: z.object({ id, name, slug: z.string().trim().toLowerCase().max(80) }), permission: "taxonomy:manage" },
  async ({ id: tagId, ...input }, user) => {
    try {
      const { before, after } = await renameTag(db, tagId, input, user.id);
      return done(before === after ? "Tag saved." : `Tag saved; /tag/${before} now redirects to /tag/${after}.`);
    } catch (e) {
      return asState(e);
    }
  },
);

export const deleteTagAction = deskAction(
  { schema: z.object({ id, mergeInto: z.string().max(64).optional() }), permission: "taxonomy:manage" },
  async ({ id: tagId, mergeInto }, user) => {
    try {
      await deleteTag(db, tagId, mergeInto || null, user.id);
      return done("Tag deleted.");
    } catch (e) {
      return asState(e);
    }
  },
);
