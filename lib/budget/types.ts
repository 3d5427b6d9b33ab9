import type { BudgetStatus } from "./status";

/** A planned story as the desk sees it on the budget. */
export interface BudgetItemView {
  id: string;
  /** "YYYY-MM-DD" in the publication's time zone. */
  day: string;
  position: number;
  slugLine: string;
  notes: string;
  status: BudgetStatus;
  /** "HH:MM" wall-clock time in the publication's zone, or "" when none is set. */
  targetTime: string;
  targetAt: string | null;
  section: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  article: { id: string; status: string } | null;
}

export interface BudgetDay {
  day: string;
  items: BudgetItemView[];
}
