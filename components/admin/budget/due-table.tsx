import Link from "next/link";
import { BUDGET_STATUS_LABELS } from "@/lib/budget/status";
import type { BudgetItemView } from "@/lib/budget/types";
import { DeskTime } from "../clock/desk-time";

/** The dashboard's view of the budget: what is still due today, soonest first, overdue marked. */
export function DueTable({ items, today }: { items: BudgetItemView[]; today: string }) {
  return (
    <section aria-label="Due today" className="mt-8">
      <h2 className="text-lg font-bold">Due today</h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing on the budget is due today.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead className="border-b border-rule text-xs uppercase tracking-wider text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Due
              </th>
              <th scope="col" className="py-2 pr-4">
                Slug-line
              </th>
              <th scope="col" className="py-2 pr-4">
                Assignee
              </th>
              <th scope="col" className="py-2">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {items.map((item) => (
              <tr key={item.id}>
                <td className="py-2 pr-4 tabular-nums">
                  {item.day < today ? (
                    <strong className="text-accent">Overdue ({item.day})</strong>
                  ) : (
                    (item.targetAt && <DeskTime iso={item.targetAt} date={false} />) || "Today"
                  )}
                </td>
                <td className="py-2 pr-4">
                  {item.article ? (
                    <Link href={`/admin/articles/${item.article.id}`} className="font-semibold hover:underline">
                      {item.slugLine}
                    </Link>
                  ) : (
                    <span className="font-semibold">{item.slugLine}</span>
                  )}
                </td>
                <td className="py-2 pr-4">{item.assignee?.name ?? "Unassigned"}</td>
                <td className="py-2">{BUDGET_STATUS_LABELS[item.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-2 text-sm">
        <Link href="/admin/budget" className="font-semibold underline">
          Open the story budget
        </Link>
      </p>
    </section>
  );
}
