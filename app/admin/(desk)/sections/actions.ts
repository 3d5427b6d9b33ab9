"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { done } from "@/lib/actions/result";
import { allowedTo } from "@/lib/auth/permissions";
import { revalidateTaxonomy } from "@/lib/taxonomy/revalidate";
import { db } from "@/lib/db";
import { singleLine } from "@/lib/format/single-line";
import { createSection, deleteSection, moveSection, updateSection } from "@/lib/taxonomy/sections";

const id = z.string().min(1).max(64);
const name = singleLine().min(1, "Enter a name.").max(60);
const slug = z.string().trim().toLowerCase().max(60);
const description = z.string().trim().max(300).default("");
const manageTaxonomy = allowedTo("taxonomy:manage");
// Section names and order appear in every page's navigation.
const revalidate = () => revalidateTaxonomy();

export const createSectionAction = defineAction({
  schema: z.object({ name, slug, description }),
  authorize: manageTaxonomy,
  run: async (input, { user }) => {
    await createSection(db, input, user.id);
    return done({}, `Section “${input.name}” created.`);
  },
  revalidate,
});

export const updateSectionAction = defineAction({
  schema: z.object({ id, name, slug, description }),
  authorize: manageTaxonomy,
  run: async ({ id: sectionId, ...input }, { user }) => {
    const { before, after } = await updateSection(db, sectionId, input, user.id);
    return done({}, before === after ? "Section saved." : `Section saved; /${before} now redirects to /${after}.`);
  },
  revalidate,
});

export const moveSectionAction = defineAction({
  schema: z.object({ id, direction: z.enum(["up", "down"]) }),
  authorize: manageTaxonomy,
  run: async ({ id: sectionId, direction }) => {
    await moveSection(db, sectionId, direction);
    return done({}, "Navigation order saved.");
  },
  revalidate,
});

export const deleteSectionAction = defineAction({
  schema: z.object({ id, moveTo: z.string().max(64).optional() }),
  authorize: manageTaxonomy,
  run: async ({ id: sectionId, moveTo }, { user }) => {
    await deleteSection(db, sectionId, moveTo || null, user.id);
    return done({}, "Section deleted.");
  },
  revalidate,
});
