"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import {
  createDraftForItemAction,
  deleteBudgetItemAction,
  moveBudgetItemAction,
  reorderBudgetAction,
} from "@/app/admin/(desk)/budget/actions";
import type { Done, Result } from "@/lib/actions/result";
import { BUDGET_STATUS_LABELS } from "@/lib/budget/status";
import type { BudgetItemView } from "@/lib/budget/types";
import { DeskTime } from "../clock/desk-time";
import { BudgetItemForm, type BudgetOptions } from "./budget-item-form";

/**
 * One day's planned stories in the desk's order. Reorder by dragging a row, or from the keyboard
 * with each row's "Move up" and "Move down" buttons; both are saved on the server. `draftable`:
 * the items whose draft this person may create, by the rule the action applies (mayStartDraft).
 */
export function BudgetDayList({
  day,
  items,
  options,
  canManage,
  draftable,
}: {
  day: string;
  items: BudgetItemView[];
  options: BudgetOptions;
  canManage: boolean;
  draftable: string[];
}) {
  const router = useRouter();
  const [order, setOrder] = useState(items);
  const [dragged, setDragged] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // The server's order wins whenever the page is refreshed.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setOrder(items), [items]);
  // Keep the keyboard on the button that was pressed, in the item's new place.
  useEffect(() => {
    if (focusAfter) document.getElementById(focusAfter)?.focus();
  }, [order, focusAfter]);

  const run = <T extends object>(action: () => Promise<Result<T>>, success: string, after?: (r: Done<T>) => void) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? success : result.message);
      if (result.ok) after?.(result);
      router.refresh();
    });

  const move = (item: BudgetItemView, direction: "up" | "down") => {
    const from = order.findIndex((i) => i.id === item.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to]!, next[from]!];
    setOrder(next);
    const target =
      direction === "up" && to === 0
        ? `move-down-${item.id}`
        : direction === "down" && to === order.length - 1
          ? `move-up-${item.id}`
          : `move-${direction}-${item.id}`;
    setFocusAfter(target);
    run(
      () => moveBudgetItemAction({ id: item.id, direction }),
      `${item.slugLine} moved to position ${to + 1} of ${order.length}.`,
    );
  };

  const drop = (targetId: string) => {
    if (!dragged || dragged === targetId) return;
    const next = order.filter((i) => i.id !== dragged);
    next.splice(
      next.findIndex((i) => i.id === targetId) +
        (order.findIndex((i) => i.id === dragged) < order.findIndex((i) => i.id === targetId) ? 1 : 0),
      0,
      order.find((i) => i.id === dragged)!,
    );
    setOrder(next);
    setDragged(null);
    run(() => reorderBudgetAction({ day, ids: next.map((i) => i.id) }), "New order saved.");
  };

  if (!order.length) return <p className="text-sm text-muted">Nothing planned yet.</p>;
  return (
    <>
      <p role="status" aria-live="polite" className="text-sm font-semibold">
        {message}
      </p>
      <ol className="divide-y divide-rule rounded border border-rule">
        {order.map((item, index) => (
          <li
            key={item.id}
            draggable={canManage}
            onDragStart={() => setDragged(item.id)}
            onDragOver={(e) => canManage && dragged && e.preventDefault()}
            onDrop={() => drop(item.id)}
            aria-label={item.slugLine}
            className={`space-y-2 p-3 ${dragged === item.id ? "opacity-50" : ""} ${canManage ? "cursor-grab" : ""}`}
          >
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <span className="w-24 text-sm font-bold tabular-nums">
                {item.targetAt ? <DeskTime iso={item.targetAt} date={false} /> : "—"}
              </span>
              <span className="min-w-0 flex-1">
                <span className="font-semibold">{item.slugLine}</span>
                <span className="block text-sm text-muted">
                  {[item.section?.name, item.assignee?.name ?? "Unassigned", BUDGET_STATUS_LABELS[item.status]]
                    .filter(Boolean)
                    .join(" · ")}
                  {item.notes ? ` · ${item.notes}` : ""}
                </span>
              </span>
              {item.article ? (
                <Link href={`/admin/articles/${item.article.id}`} className="text-sm font-semibold underline">
                  Open draft<span className="sr-only"> for {item.slugLine}</span>
                </Link>
              ) : draftable.includes(item.id) ? (
                <button
                  type="button"
                  disabled={pending}
                  className="rounded border border-rule px-2 py-1 text-sm font-semibold"
                  onClick={() =>
                    run(
                      () => createDraftForItemAction({ id: item.id }),
                      "Draft created.",
                      (r) => router.push(`/admin/articles/${r.articleId}`),
                    )
                  }
                >
                  Create draft<span className="sr-only"> for {item.slugLine}</span>
                </button>
              ) : null}
              {canManage ? (
                <span className="flex gap-1">
                  <button
                    id={`move-up-${item.id}`}
                    type="button"
                    disabled={index === 0}
                    onClick={() => move(item, "up")}
                    className="rounded border border-rule px-2 py-1 text-sm disabled:opacity-40"
                    aria-label={`Move ${item.slugLine} up`}
                  >
                    ↑
                  </button>
                  <button
                    id={`move-down-${item.id}`}
                    type="button"
                    disabled={index === order.length - 1}
                    onClick={() => move(item, "down")}
                    className="rounded border border-rule px-2 py-1 text-sm disabled:opacity-40"
                    aria-label={`Move ${item.slugLine} down`}
                  >
                    ↓
                  </button>
                </span>
              ) : null}
            </div>
            {canManage ? (
              <details>
                <summary className="cursor-pointer text-sm font-semibold">
                  Edit<span className="sr-only"> {item.slugLine}</span>
                </summary>
                <div className="mt-3 space-y-3">
                  <BudgetItemForm item={item} day={day} options={options} idPrefix={`item-${item.id}`} />
                  <button
                    type="button"
                    className="text-sm font-semibold text-accent underline"
                    onClick={() =>
                      window.confirm(`Remove “${item.slugLine}” from the budget?`) &&
                      run(() => deleteBudgetItemAction({ id: item.id }), "Item removed.")
                    }
                  >
                    Remove from budget
                  </button>
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
