import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";
import { createDraft } from "@/lib/articles/lifecycle";
import { recordAudit } from "@/lib/audit/record";
import { zonedInstant } from "@/lib/time/zoned";
import { mayStartDraft } from "./access";
import { isPermutation, moveInList } from "./order";
import type { BudgetItemInput } from "./schemas";
import { dayValue } from "./days";

// Budget changes. The callers (server actions) have already parsed the input and checked
// "budget:manage"; these functions enforce what the data itself requires.

type User = { id: string; role: Role };
export type BudgetResult =
  { ok: true; id: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

async function checkRefs(db: PrismaClient, input: BudgetItemInput): Promise<BudgetResult | null> {
  if (input.sectionId && !(await db.section.findUnique({ where: { id: input.sectionId }, select: { id: true } }))) {
    return {
      ok: false,
      message: "Please correct the fields marked below.",
      fieldErrors: { sectionId: ["That section no longer exists."] },
    };
  }
  if (
    input.assigneeId &&
    !(await db.user.findFirst({ where: { id: input.assigneeId, active: true }, select: { id: true } }))
  ) {
    return {
      ok: false,
      message: "Please correct the fields marked below.",
      fieldErrors: { assigneeId: ["Choose someone on the desk."] },
    };
  }
  return null;
}

const data = (input: BudgetItemInput, timeZone: string) => ({
  slugLine: input.slugLine,
  day: dayValue(input.day),
  status: input.status,
  targetAt: input.targetTime ? zonedInstant(input.day, input.targetTime, timeZone) : null,
  sectionId: input.sectionId,
  assigneeId: input.assigneeId,
  notes: input.notes,
});

async function nextPosition(db: PrismaClient, day: string) {
  const last = await db.budgetItem.findFirst({
    where: { day: dayValue(day) },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  return (last?.position ?? -1) + 1;
}

export async function createBudgetItem(
  db: PrismaClient,
  user: User,
  input: BudgetItemInput,
  timeZone: string,
): Promise<BudgetResult> {
  const refused = await checkRefs(db, input);
  if (refused) return refused;
  const position = await nextPosition(db, input.day);
  const item = await db.$transaction(async (tx) => {
    const row = await tx.budgetItem.create({ data: { ...data(input, timeZone), position } });
    await recordAudit(tx, { action: "budget.create", entityType: "BudgetItem", entityId: row.id, actorId: user.id });
    return row;
  });
  return { ok: true, id: item.id };
}

export async function updateBudgetItem(
  db: PrismaClient,
  user: User,
  id: string,
  input: BudgetItemInput,
  timeZone: string,
): Promise<BudgetResult> {
  const existing = await db.budgetItem.findUnique({ where: { id }, select: { day: true } });
  if (!existing) return { ok: false, message: "This budget item no longer exists." };
  const refused = await checkRefs(db, input);
  if (refused) return refused;
  // Moved to another day: it goes to the end of that day's list.
  const moved = existing.day.getTime() !== dayValue(input.day).getTime();
  const position = moved ? { position: await nextPosition(db, input.day) } : {};
  await db.$transaction([
    db.budgetItem.update({ where: { id }, data: { ...data(input, timeZone), ...position } }),
    recordAudit(db, { action: "budget.update", entityType: "BudgetItem", entityId: id, actorId: user.id }),
  ]);
  return { ok: true, id };
}

export async function deleteBudgetItem(db: PrismaClient, user: User, id: string): Promise<BudgetResult> {
  const deleted = await db.$transaction(async (tx) => {
    const { count } = await tx.budgetItem.deleteMany({ where: { id } });
    if (count)
      await recordAudit(tx, { action: "budget.delete", entityType: "BudgetItem", entityId: id, actorId: user.id });
    return count > 0;
  });
  if (!deleted) return { ok: false, message: "This budget item no longer exists." };
  return { ok: true, id };
}

async function writeOrder(db: PrismaClient, ids: string[]) {
  await db.$transaction(ids.map((id, position) => db.budgetItem.update({ where: { id }, data: { position } })));
}

async function dayIds(db: PrismaClient, day: Date) {
  const rows = await db.budgetItem.findMany({
    where: { day },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** One place up or down within its day: the keyboard's way to reorder. */
export async function moveBudgetItem(db: PrismaClient, id: string, direction: "up" | "down"): Promise<BudgetResult> {
  const item = await db.budgetItem.findUnique({ where: { id }, select: { day: true } });
  if (!item) return { ok: false, message: "This budget item no longer exists." };
  const ids = await dayIds(db, item.day);
  const next = moveInList(ids, id, direction);
  if (next !== ids) await writeOrder(db, next);
  return { ok: true, id };
}

/** A whole day's new order, as dropped by drag and drop. Refused unless it is exactly that day's items. */
export async function reorderBudgetDay(db: PrismaClient, day: string, ids: string[]): Promise<BudgetResult> {
  const current = await dayIds(db, dayValue(day));
  if (!isPermutation(current, ids))
    return { ok: false, message: "The budget changed meanwhile; reload and try again." };
  await writeOrder(db, ids);
  return { ok: true, id: ids[0]! };
}

/**
 * Opens the story for a budget item: a draft with the slug-line as its working headline, in the
 * item's section and bylined to its assignee, linked back to the item. Editors may do it for any
 * item, the assignee for their own.
 */
export async function createDraftForItem(
  db: PrismaClient,
  user: User,
  id: string,
): Promise<{ ok: true; articleId: string } | { ok: false; message: string }> {
  const item = await db.budgetItem.findUnique({
    where: { id },
    select: {
      slugLine: true,
      sectionId: true,
      assigneeId: true,
      status: true,
      article: { select: { id: true, deletedAt: true } },
    },
  });
  if (!item) return { ok: false, message: "This budget item no longer exists." };
  if (!mayStartDraft(user, item)) return { ok: false, message: "You don’t have permission to do that." };
  if (item.article && !item.article.deletedAt) return { ok: true, articleId: item.article.id };
  const draft = await createDraft(db, user, item.sectionId ?? undefined);
  const byline = item.assigneeId ?? user.id;
  await db.$transaction([
    db.article.update({
      where: { id: draft.id },
      data: { title: item.slugLine, authors: { deleteMany: {}, create: [{ userId: byline, position: 0 }] } },
    }),
    db.budgetItem.update({
      where: { id },
      data: {
        articleId: draft.id,
        status: item.status === "PITCHED" || item.status === "ASSIGNED" ? "WRITING" : item.status,
      },
    }),
  ]);
  return { ok: true, articleId: draft.id };
}
