"use client";

import { cloneElement, useActionState, useEffect, useRef } from "react";
import { createBudgetItemAction, updateBudgetItemAction } from "@/app/admin/(desk)/budget/actions";
import { idle } from "@/lib/actions/result";
import { BUDGET_STATUSES, BUDGET_STATUS_LABELS } from "@/lib/budget/status";
import { zoneLabel } from "@/lib/format/desk-time";
import type { BudgetItemView } from "@/lib/budget/types";
import { useDeskZone } from "../clock/desk-zone";
import { FormMessage } from "../form-message";
import { SubmitButton } from "../submit-button";

export interface BudgetOptions {
  sections: { id: string; name: string }[];
  people: { id: string; name: string }[];
}

const box = "block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm aria-[invalid=true]:border-accent";

/** Creates a budget item, or edits one when `item` is given. */
export function BudgetItemForm({
  item,
  day,
  options,
  idPrefix,
}: {
  item?: BudgetItemView;
  day: string;
  options: BudgetOptions;
  idPrefix: string;
}) {
  const [state, action] = useActionState(item ? updateBudgetItemAction : createBudgetItemAction, idle);
  const form = useRef<HTMLFormElement>(null);
  const zone = useDeskZone();
  // A new item's form empties once it is saved, ready for the next one.
  useEffect(() => {
    if (state.ok && !item) form.current?.reset();
  }, [state, item]);
  const value = (key: string, fallback: string) => (state.ok ? fallback : (state.values?.[key] ?? fallback));
  const field = (name: string, label: string, input: React.ReactElement<Record<string, unknown>>) => {
    const id = `${idPrefix}-${name}`;
    const error = state.fieldErrors?.[name]?.[0];
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold">
          {label}
        </label>
        {cloneElement(input, {
          id,
          name,
          className: box,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${id}-error` : undefined,
        })}
        {error ? (
          <p id={`${id}-error`} className="text-xs font-semibold text-accent">
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form
      ref={form}
      action={action}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
      aria-label={item ? `Edit ${item.slugLine}` : "New budget item"}
    >
      {item ? <input type="hidden" name="id" value={item.id} /> : null}
      {field(
        "slugLine",
        "Slug-line",
        <input defaultValue={value("slugLine", item?.slugLine ?? "")} required maxLength={80} />,
      )}
      {field("day", "Day", <input type="date" defaultValue={value("day", item?.day ?? day)} required />)}
      {field(
        "targetTime",
        // Read on the publication's clock by the server, whatever the computer's zone.
        `Target time (${zoneLabel(zone, new Date())})`,
        <input type="time" defaultValue={value("targetTime", item?.targetTime ?? "")} />,
      )}
      {field(
        "status",
        "Status",
        <select defaultValue={value("status", item?.status ?? "PITCHED")}>
          {BUDGET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {BUDGET_STATUS_LABELS[s]}
            </option>
          ))}
        </select>,
      )}
      {field(
        "sectionId",
        "Section",
        <select defaultValue={value("sectionId", item?.section?.id ?? "")}>
          <option value="">None</option>
          {options.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        "assigneeId",
        "Assignee",
        <select defaultValue={value("assigneeId", item?.assignee?.id ?? "")}>
          <option value="">Unassigned</option>
          {options.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>,
      )}
      <div className="sm:col-span-2">
        {field("notes", "Notes", <input defaultValue={value("notes", item?.notes ?? "")} maxLength={500} />)}
      </div>
      <div className="flex items-end sm:col-span-2 lg:col-span-4">
        <SubmitButton variant={item ? "secondary" : "primary"}>{item ? "Save item" : "Add to budget"}</SubmitButton>
      </div>
      <div className="sm:col-span-2 lg:col-span-4">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
