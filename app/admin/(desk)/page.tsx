import type { Metadata } from "next";
import { ArticleTable } from "@/components/admin/article-table";
import { DueTable } from "@/components/admin/budget/due-table";
import { deskTimeZone } from "@/lib/desk/time-zone";
import { findDue } from "@/lib/budget/read";
import { dayIn } from "@/lib/time/zoned";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findDashboard } from "@/lib/desk/dashboard";
import { editingNow } from "@/lib/collab/presence";

export const metadata: Metadata = { title: "Dashboard" };

export default async function Dashboard() {
  const user = await requirePermission("desk:enter", "/admin");
  const { drafts, review, embargoed, published } = await findDashboard(db, user);
  const timeZone = await deskTimeZone();
  const today = dayIn(timeZone);
  const due = await findDue(db, today, timeZone);
  const ids = [...drafts, ...review, ...embargoed, ...published].map((r) => r.id);
  const editing = await editingNow(db, ids, { except: user.id });
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Good to see you, {user.name.split(" ")[0]}</h1>
      <DueTable items={due} today={today} />
      <ArticleTable caption="Your drafts" rows={drafts} editing={editing} empty="You have no drafts." />
      <ArticleTable caption="Awaiting review" rows={review} editing={editing} empty="Nothing is waiting for review." />
      {embargoed.length > 0 ? (
        <ArticleTable caption="Under embargo" rows={embargoed} editing={editing} empty="" />
      ) : null}
      <ArticleTable
        caption="Recently published"
        rows={published}
        editing={editing}
        empty="Nothing has been published yet."
      />
    </>
  );
}
