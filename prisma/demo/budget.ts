import type { Prisma } from "@/lib/generated/prisma/client";
import type { BudgetStatus } from "@/lib/budget/status";
import { addDays, dayValue } from "@/lib/budget/days";
import { dayIn, zonedInstant } from "@/lib/time/zoned";

// The demo desk's plan for the day it was seeded and the day after.

const plan: {
  dayOffset: number;
  slugLine: string;
  section: string;
  assignee: string | null;
  status: BudgetStatus;
  time: string | null;
  notes?: string;
  linkDraft?: boolean;
}[] = [
  {
    dayOffset: 0,
    slugLine: "INDUS-SUMMIT-WRAP",
    section: "world",
    assignee: "daniel-okafor",
    status: "WRITING",
    time: "19:30",
    notes: "Write-through once the ministers have spoken.",
  },
  {
    dayOffset: 0,
    slugLine: "CANAL-FARMERS",
    section: "pakistan",
    assignee: "ayesha-siddiqui",
    status: "EDITING",
    time: "16:00",
  },
  {
    dayOffset: 0,
    slugLine: "RUPEE-CLOSE",
    section: "business",
    assignee: "mei-lin-tan",
    status: "ASSIGNED",
    time: "17:30",
    notes: "Market close; chart from the data desk.",
  },
  {
    dayOffset: 0,
    slugLine: "BORDER-TRADE-EXPLAINER",
    section: "explainers",
    assignee: "farid-rahimi",
    status: "READY",
    time: "18:00",
  },
  {
    dayOffset: 0,
    slugLine: "AI-RULES-COMMENT",
    section: "analysis",
    assignee: null,
    status: "PITCHED",
    time: null,
    notes: "Needs a writer.",
  },
  {
    dayOffset: 1,
    slugLine: "SUMMIT-DAY-TWO-LIVE",
    section: "world",
    assignee: "daniel-okafor",
    status: "ASSIGNED",
    time: "09:00",
  },
  {
    dayOffset: 1,
    slugLine: "FIBRE-ROLLOUT",
    section: "technology",
    assignee: "tomas-ferreira",
    status: "PITCHED",
    time: "12:00",
  },
];

export async function seedBudget(tx: Prisma.TransactionClient, now: Date) {
  const [setting, sections, users] = await Promise.all([
    tx.setting.findUnique({ where: { id: "site" }, select: { timeZone: true } }),
    tx.section.findMany({ select: { id: true, slug: true } }),
    tx.user.findMany({ select: { id: true, slug: true } }),
  ]);
  const timeZone = setting?.timeZone ?? "UTC";
  const today = dayIn(timeZone, now);
  const sectionId = new Map(sections.map((s) => [s.slug, s.id]));
  const userId = new Map(users.map((u) => [u.slug, u.id]));
  const positions = new Map<number, number>();
  for (const item of plan) {
    const day = addDays(today, item.dayOffset);
    const position = positions.get(item.dayOffset) ?? 0;
    positions.set(item.dayOffset, position + 1);
    await tx.budgetItem.create({
      data: {
        day: dayValue(day),
        position,
        slugLine: item.slugLine,
        notes: item.notes ?? "",
        status: item.status,
        targetAt: item.time ? zonedInstant(day, item.time, timeZone) : null,
        sectionId: sectionId.get(item.section) ?? null,
        assigneeId: item.assignee ? (userId.get(item.assignee) ?? null) : null,
      },
    });
  }
}
