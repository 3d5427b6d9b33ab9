"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fromLib } from "@/lib/actions/from-lib";
import { done } from "@/lib/actions/result";
import { allowedTo } from "@/lib/auth/permissions";
import { loadBudgetAssignment, mayStartDraft } from "@/lib/budget/access";
import { deskTimeZone } from "@/lib/desk/time-zone";
import {
  budgetItemSchema,
  budgetItemUpdateSchema,
  budgetMoveSchema,
  budgetRefSchema,
  budgetReorderSchema,
} from "@/lib/budget/schemas";
import {
  createBudgetItem,
  createDraftForItem,
  deleteBudgetItem,
  moveBudgetItem,
  reorderBudgetDay,
  updateBudgetItem,
} from "@/lib/budget/write";
import { db } from "@/lib/db";

const manageBudget = allowedTo("budget:manage");
// The budget is desk-only and never cached for readers; refreshing the desk pages is enough.
const revalidate = () => {
  revalidatePath("/admin/budget");
  revalidatePath("/admin");
};

export const createBudgetItemAction = defineAction({
  schema: budgetItemSchema,
  authorize: manageBudget,
  run: async (input, { user }) => {
    const result = fromLib(await createBudgetItem(db, user, input, await deskTimeZone()));
    return result.ok ? done({}, `“${input.slugLine}” added to the budget.`) : result;
  },
  revalidate,
});

export const updateBudgetItemAction = defineAction({
  schema: budgetItemUpdateSchema,
  authorize: manageBudget,
  run: async ({ id, ...input }, { user }) => {
    const result = fromLib(await updateBudgetItem(db, user, id, input, await deskTimeZone()));
    return result.ok ? done({}, `“${input.slugLine}” saved.`) : result;
  },
  revalidate,
});

export const deleteBudgetItemAction = defineAction({
  schema: budgetRefSchema,
  authorize: manageBudget,
  run: async ({ id }, { user }) => fromLib(await deleteBudgetItem(db, user, id)),
  revalidate,
});

export const moveBudgetItemAction = defineAction({
  schema: budgetMoveSchema,
  authorize: manageBudget,
  run: async ({ id, direction }) => fromLib(await moveBudgetItem(db, id, direction)),
  revalidate,
});

export const reorderBudgetAction = defineAction({
  schema: budgetReorderSchema,
  authorize: manageBudget,
  run: async ({ day, ids }) => fromLib(await reorderBudgetDay(db, day, ids)),
  revalidate,
});

export const createDraftForItemAction = defineAction({
  schema: budgetRefSchema,
  load: ({ id }) => loadBudgetAssignment(db, id),
  notFound: "This budget item no longer exists.",
  authorize: mayStartDraft,
  run: async ({ id }, { user }) => fromLib(await createDraftForItem(db, user, id)),
  revalidate,
});
