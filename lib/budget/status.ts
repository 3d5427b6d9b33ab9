// The stages a planned story goes through on the budget, in order.
export const BUDGET_STATUSES = ["PITCHED", "ASSIGNED", "WRITING", "EDITING", "READY", "PUBLISHED"] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

export const BUDGET_STATUS_LABELS: Record<BudgetStatus, string> = {
  PITCHED: "Pitched",
  ASSIGNED: "Assigned",
  WRITING: "Writing",
  EDITING: "Editing",
  READY: "Ready",
  PUBLISHED: "Published",
};
