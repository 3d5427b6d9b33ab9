import { z } from "zod";
import { singleLine } from "@/lib/format/single-line";
import { BUDGET_STATUSES } from "./status";
import { isDay, isTime } from "./days";

// The default sits before the transform: zod returns a default as the output, untransformed.
const optionalId = z
  .string()
  .max(64)
  .default("")
  .transform((v) => v || null);

/** The budget item form. Empty selects mean "none"; the time is the desk's wall clock. */
export const budgetItemSchema = z.object({
  slugLine: singleLine().min(2, "Give the story a slug-line.").max(80, "Keep the slug-line under 80 characters."),
  day: z.string().refine(isDay, "Choose a day."),
  targetTime: z
    .string()
    .refine((v) => v === "" || isTime(v), "Use a time like 14:30.")
    .default(""),
  status: z.enum(BUDGET_STATUSES, "Choose a status."),
  sectionId: optionalId,
  assigneeId: optionalId,
  notes: z.string().trim().max(500, "Keep the notes under 500 characters.").default(""),
});
export type BudgetItemInput = z.infer<typeof budgetItemSchema>;

export const budgetItemUpdateSchema = budgetItemSchema.extend({ id: z.string().min(1).max(64) });
export const budgetMoveSchema = z.object({ id: z.string().min(1).max(64), direction: z.enum(["up", "down"]) });
export const budgetReorderSchema = z.object({
  day: z.string().refine(isDay),
  ids: z.array(z.string().min(1).max(64)).min(1).max(500),
});
export const budgetRefSchema = z.object({ id: z.string().min(1).max(64) });
