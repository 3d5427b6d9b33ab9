"use server";

import { z } from "zod";
import { singleLine } from "@/lib/format/single-line";
import { deskAction, type ActionState } from "@/lib/auth/action";
import { revalidateTaxonomy } from "@/lib/taxonomy/revalidate";
import { db } from "@/lib/db";
import { createSection, deleteSection, moveSection, updateSection } from "@/lib/taxonomy/sections";
import { UserError } from "@/lib/errors";

const id = z.string().min(1).max(64);
const name = singleLine().min(1, "Enter a name.").max(60);
const slug = z.string().trim().toLowerCase().max(60);
const description = z.string().trim().max(300).default("");

function done(message: string): ActionState {
  // Section names and order appear in every page's navigation.
  revalidateTaxonomy();
  return { ok: true, message };
}
const asState = (e: unknown): ActionState => {
  if (e instanceof UserError)
    return { ok: false, message: e.message, fieldErrors: e.field ? { [e.field]: [e.message] } : undefined };
  throw e;
};

export const createSectionAction = deskAction(
  { schema: z.object({ name, slug, description }), permission: "taxonomy:manage" },
  async (input, user) => {
    try {
      await createSection(db, input, user.id);
      return done(`Section “${input.name}” created.`);
    } catch (e) {
      return asState(e);
    }
  },
);

export const updateSectionAction = deskAction(
  { schema: z.object({ id, name, slug, description }), permission: "taxonomy:manage" },
  async ({ id: sectionId, ...input }, user) => {
    try {
      const { before, after } = await updateSection(db, sectionId, input, user.id);
      return done(before === after ? "Section saved." : `Section saved; /${before} now redirects to /${after}.`);
    } catch (e) {
      return asState(e);
    }
  },
);

export const moveSectionAction = deskAction(
  { schema: z.object({ id, direction: z.enum(["up", "down"]) }), permission: "taxonomy:manage" },
  async ({ id: sectionId, direction }) => {
    await moveSection(db, sectionId, direction);
    return done("Navigation order saved.");
  },
);

export const deleteSectionAction = deskAction(
  { schema: z.object({ id, moveTo: z.string().max(64).optional() }), permission: "taxonomy:manage" },
  async ({ id: sectionId, moveTo }, user) => {
    try {
      await deleteSection(db, sectionId, moveTo || null, user.id);
      return done("Section deleted.");
    } catch (e) {
      return asState(e);
    }
  },
);
