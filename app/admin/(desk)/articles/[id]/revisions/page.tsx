import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { DeskTime } from "@/components/admin/clock/desk-time";
import { RestoreRevisionButton } from "@/components/admin/restore-revision-button";
import { mayEdit, mayView } from "@/lib/articles/access";
import { loadEditable } from "@/lib/articles/editable";
import { stagesEdits } from "@/lib/articles/working-copy";
import { DiffParts } from "@/components/admin/diff-parts";
import { diffFields, listRevisions, revisionFields } from "@/lib/articles/revisions";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { deskTimeZone } from "@/lib/desk/time-zone";
import { deskTime } from "@/lib/format/desk-time";

export const metadata: Metadata = { title: "Revisions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };
const REASONS: Record<string, string> = {
  save: "Edited",
  import: "Imported",
  revert: "Restored an earlier version",
  restore: "Restored from the trash",
  submit: "Submitted for review",
  publish: "Published",
  schedule: "Scheduled",
  unpublish: "Unpublished",
  "return-to-draft": "Returned to draft",
  archive: "Archived",
  trash: "Moved to trash",
  update: "Updated for readers",
  discard: "Changes discarded (kept here)",
  kept: "Unsaved edits kept before another change replaced them",
  replaced: "What readers saw before an update",
  "undo-update": "Update undone: readers see the earlier version again",
};

export default async function RevisionsPage({ params, searchParams }: Props) {
  const [{ id }, { from, to }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/admin/articles/${id}/revisions`);
  const article = await loadEditable(db, id);
  if (!article) notFound();
  const info = { status: article.status, authorIds: article.fields.authorIds, deletedAt: article.deletedAt };
  if (!mayView(user, info)) forbidden();
  const [revisions, timeZone] = await Promise.all([listRevisions(db, id), deskTimeZone()]);
  const older = from ? await revisionFields(db, id, from) : null;
  const newer = to ? await revisionFields(db, id, to) : null;
  const diff = older && newer ? diffFields(older, newer) : null;
  const title = article.fields.title || "Untitled draft";
  return (
    <>
      <p>
        <Link href={`/admin/articles/${id}`} className="text-sm font-semibold underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Revisions of “{title}”</h1>
      <form className="mt-6 flex flex-wrap items-end gap-3" action={`/admin/articles/${id}/revisions`}>
        {(["from", "to"] as const).map((name, i) => (
          <label key={name} className="text-sm font-semibold">
            {name === "from" ? "Compare" : "with"}
            <select
              name={name}
              defaultValue={
                (name === "from" ? from : to) ?? revisions[i === 0 ? Math.min(1, revisions.length - 1) : 0]?.id
              }
              className="ml-2 rounded border border-rule bg-paper px-2 py-1.5 text-sm"
            >
              {revisions.map((r) => (
                <option key={r.id} value={r.id}>
                  v{r.version} · {deskTime(r.createdAt, timeZone)} · {r.author ?? "system"}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper">
          Show differences
        </button>
      </form>
      {diff ? (
        <section aria-label="Differences" className="mt-6 space-y-4">
          {diff.length === 0 ? <p>No differences in the text.</p> : null}
          {diff.map((d) => (
            <div key={d.field}>
              <h2 className="text-sm font-bold uppercase tracking-wider">{d.field}</h2>
              <p className="mt-1 whitespace-pre-wrap rounded border border-rule p-2 font-serif text-sm">
                <DiffParts parts={d.parts} />
              </p>
            </div>
          ))}
        </section>
      ) : null}
      <ol className="mt-8 divide-y divide-rule">
        {revisions.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <p>
              <strong>v{r.version}</strong> · {REASONS[r.reason] ?? r.reason} by {r.author ?? "the system"} ·{" "}
              <DeskTime iso={r.createdAt} />
            </p>
            {mayEdit(user, info) ? (
              <RestoreRevisionButton
                articleId={id}
                revisionId={r.id}
                baseVersion={article.version}
                label={`Restore v${r.version}`}
                confirm={`Restore v${r.version} of “${title}”? It replaces the text in the editor${
                  stagesEdits(article.status) ? " (readers get it only when someone presses Update)" : ""
                }; the current text stays in Revisions.`}
              />
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
