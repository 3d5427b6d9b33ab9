import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { timeIn } from "@/lib/time/zoned";
import type { BudgetDay, BudgetItemView } from "./types";
import { addDays, dayLabel, dayValue } from "./days";

const itemSelect = {
  id: true,
  day: true,
  position: true,
  slugLine: true,
  notes: true,
  status: true,
  targetAt: true,
  section: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  // Not its headline: everyone at the desk reads the budget, and the story may be a draft they
  // may not open (lib/articles/desk-visibility.ts). The slug line names it.
  article: { select: { id: true, status: true, deletedAt: true } },
} satisfies Prisma.BudgetItemSelect;

type Row = Prisma.BudgetItemGetPayload<{ select: typeof itemSelect }>;

function toView(row: Row, timeZone: string): BudgetItemView {
  const article = row.article && !row.article.deletedAt ? { id: row.article.id, status: row.article.status } : null;
  return {
    id: row.id,
    day: dayLabel(row.day),
    position: row.position,
    slugLine: row.slugLine,
    notes: row.notes,
    // The linked story going out is the budget's "published", whatever was last set by hand.
    status: article?.status === "PUBLISHED" ? "PUBLISHED" : row.status,
    targetTime: row.targetAt ? timeIn(timeZone, row.targetAt) : "",
    targetAt: row.targetAt?.toISOString() ?? null,
    section: row.section,
    assignee: row.assignee,
    article,
  };
}

/** `days` consecutive days from `fromDay`, each with its items in the desk's order. */
export async function listBudget(
  db: PrismaClient,
  fromDay: string,
  days: number,
  timeZone: string,
): Promise<BudgetDay[]> {
  const rows = await db.budgetItem.findMany({
    where: { day: { gte: dayValue(fromDay), lt: dayValue(addDays(fromDay, days)) } },
    orderBy: [{ day: "asc" }, { position: "asc" }, { createdAt: "asc" }],
    select: itemSelect,
  });
  const items = rows.map((r) => toView(r, timeZone));
  return Array.from({ length: days }, (_, i) => addDays(fromDay, i)).map((day) => ({
    day,
    items: items.filter((it) => it.day === day),
  }));
}

/** What the desk still owes today (and anything overdue from earlier days), soonest first. */
export async function findDue(db: PrismaClient, today: string, timeZone: string): Promise<BudgetItemView[]> {
  const rows = await db.budgetItem.findMany({
    where: {
      day: { gte: dayValue(addDays(today, -7)), lt: dayValue(addDays(today, 1)) },
      status: { not: "PUBLISHED" },
    },
    orderBy: [{ day: "asc" }, { position: "asc" }],
    select: itemSelect,
  });
  const due = rows.map((r) => toView(r, timeZone)).filter((it) => it.status !== "PUBLISHED");
  // Items with a target time first, by that time; the rest keep the desk's order.
  return due.sort((a, b) => (a.targetAt ?? "9999").localeCompare(b.targetAt ?? "9999"));
}
