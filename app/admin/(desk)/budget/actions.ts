"use server";

import { revalidatePath } from "next/cache";
import { deskAction, deskCall } from "@/lib/auth/action";
import { deskTimeZone } from "@/lib/budget/desk-zone";
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

// The budget is desk-only and never cached for readers; refreshing the desk pages is enough.
const refresh = () => {
  revalidatePath("/admin/budget");
  revalidatePath("/admin");
};

export const createBudgetItemAction = deskAction(
  { schema: budgetItemSchema, permission: "budget:manage" },
  async (input, user) => {
    const result = await createBudgetItem(db, user, input, await deskTimeZone());
    if (!result.ok) return result;
    refresh();
    return { ok: true, message: `“${input.slugLine}” added to the budget.` };
  },
);

export const updateBudgetItemAction = deskAction(
  { schema: budgetItemUpdateSchema, permission: "budget:manage" },
  async ({ id, ...input }, user) => {
    const result = await updateBudgetItem(db, user, id, input, await deskTimeZone());
    if (!result.ok) return result;
    refresh();
    return { ok: true, message: `“${input.slugLine}” saved.` };
  },
);

export const deleteBudgetItemAction = deskCall(
  { schema: budgetRefSchema, permission: "budget:manage" },
  async ({ id }, user) => {
    const result = await deleteBudgetItem(db, user, id);
    if (result.ok) refresh();
    return result;
  },
);

export const moveBudgetItemAction = deskCall(
  { schema: budgetMoveSchema, permission: "budget:manage" },
  async ({ id, direction }) => {
    const result = await moveBudgetItem(db, id, direction);
    if (result.ok) refresh();
    return result;
  },
);

export const reorderBudgetAction = deskCall(
  { schema: budgetReorderSchema, permission: "budget:manage" },
  async ({ day, ids }) => {
    const result = await reorderBudgetDay(db, day, ids);
    if (result.ok) refresh();
    return result;
  },
);

// Assignees may open the draft for their own item, so the check is in createDraftForItem.
export const createDraftForItemAction = deskCall(
  { schema: budgetRefSchema, permission: "article:create" },
  async ({ id }, user) => {
    const result = await createDraftForItem(db, user, id);
    if (result.ok) refresh();
    return result;
  },
);
