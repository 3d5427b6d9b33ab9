import type { Metadata } from "next";
import { BudgetDayList } from "@/components/admin/budget/budget-day-list";
import { BudgetItemForm } from "@/components/admin/budget/budget-item-form";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { mayStartDraft } from "@/lib/budget/access";
import { deskTimeZone } from "@/lib/desk/time-zone";
import { listBudget } from "@/lib/budget/read";
import { dayIn } from "@/lib/time/zoned";
import { db } from "@/lib/db";
import { zoneLabel } from "@/lib/format/desk-time";
import { activePeople, sectionOptions } from "@/lib/desk/options";

export const metadata: Metadata = { title: "Story budget" };

/** Today and the days after it: the stories the desk plans to publish. */
const DAYS = 3;

function dayHeading(day: string, today: string) {
  const label = new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
  return day === today ? `Today, ${label}` : label;
}

export default async function BudgetPage() {
  const user = await requirePermission("desk:enter", "/admin/budget");
  const timeZone = await deskTimeZone();
  const today = dayIn(timeZone);
  const canManage = can(user.role, "budget:manage");
  const [days, sections, people] = await Promise.all([
    listBudget(db, today, DAYS, timeZone),
    sectionOptions(db),
    activePeople(db),
  ]);
  const options = { sections, people };
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Story budget</h1>
      <p className="mt-1 text-sm text-muted">
        Times are in the publication’s time zone ({timeZone}, {zoneLabel(timeZone, new Date())}).
        {canManage ? " Drag a story to reorder, or use its arrow buttons." : ""}
      </p>
      {canManage ? (
        <section aria-labelledby="new-item" className="mt-6 rounded border border-rule p-4">
          <h2 id="new-item" className="text-lg font-bold">
            Plan a story
          </h2>
          <div className="mt-3">
            <BudgetItemForm day={today} options={options} idPrefix="new" />
          </div>
        </section>
      ) : null}
      {days.map(({ day, items }) => (
        <section key={day} aria-labelledby={`day-${day}`} className="mt-8 space-y-2">
          <h2 id={`day-${day}`} className="text-xl font-bold">
            {dayHeading(day, today)}
          </h2>
          <BudgetDayList
            day={day}
            items={items}
            options={options}
            canManage={canManage}
            draftable={items
              .filter((item) => mayStartDraft(user, { assigneeId: item.assignee?.id ?? null }))
              .map((item) => item.id)}
          />
        </section>
      ))}
    </>
  );
}
