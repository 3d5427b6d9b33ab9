import type { PrismaClient } from "@/lib/db/client";
import { can, type Role } from "@/lib/auth/permissions";

// Who may open the story for a budget item: editors for any item, the assignee for their own
// (the budget page shows "Start the draft" by the same rule).

export function mayStartDraft(user: { id: string; role: Role }, item: { assigneeId: string | null }): boolean {
  return can(user.role, "budget:manage") || (item.assigneeId === user.id && can(user.role, "article:create"));
}

export function loadBudgetAssignment(db: PrismaClient, id: string) {
  return db.budgetItem.findUnique({ where: { id }, select: { assigneeId: true } });
}
