import { z } from "zod";
import { singleLine } from "@/lib/format/single-line";
import { documentSchema } from "@/lib/editor/document";

const id = z.string().min(1).max(64);

export const addUpdateSchema = z.object({
  articleId: id,
  title: singleLine().max(200, "Keep the headline under 200 characters.").default(""),
  keyEvent: z.boolean().default(false),
  body: documentSchema,
});

export const updateRefSchema = z.object({ updateId: id });
export const keyEventSchema = z.object({ updateId: id, keyEvent: z.boolean() });
export const coverageSchema = z.object({ articleId: id });
