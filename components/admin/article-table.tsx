import Link from "next/link";
import type { DeskArticleRow } from "@/lib/desk/dashboard";
import type { Editing } from "@/lib/collab/presence";
import { DeskTime } from "./clock/desk-time";
import { EditingNow } from "./editing-now";
import { NoteCount } from "@/components/admin/note-count";
import { EmbargoNotice } from "./embargo/embargo-notice";

const STATUS_LABELS: Record<string, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

export function ArticleTable({
  caption,
  rows,
  empty,
  editing,
}: {
  caption: string;
  rows: DeskArticleRow[];
  empty: string;
  /** Who has each story open in the editor now. */
  editing?: Map<string, Editing[]>;
}) {
  return (
    <section aria-label={caption} className="mt-8">
      <h2 className="text-lg font-bold">{caption}</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead className="border-b border-rule text-xs uppercase tracking-wider text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Headline
              </th>
              {/* On a phone these two go under the headline: the table keeps to the screen's width. */}
              <th scope="col" className="hidden py-2 pr-4 md:table-cell">
                Section
              </th>
              <th scope="col" className="hidden py-2 pr-4 md:table-cell">
                Byline
              </th>
              <th scope="col" className="py-2 pr-4">
                Status
              </th>
              <th scope="col" className="py-2">
                Last change
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="py-2 pr-4 font-semibold break-words">
                  <Link href={`/admin/articles/${r.id}`} className="hover:text-accent hover:underline">
                    {r.title || "Untitled draft"}
                  </Link>
                  <EditingNow people={editing?.get(r.id)} />
                  <NoteCount count={r.notes} />
                  <span className="block text-xs font-normal text-muted md:hidden">
                    {[r.section, r.authors.join(", ")].filter(Boolean).join(" · ")}
                  </span>
                </td>
                <td className="hidden py-2 pr-4 md:table-cell">{r.section}</td>
                <td className="hidden py-2 pr-4 md:table-cell">{r.authors.join(", ")}</td>
                <td className="py-2 pr-4">
                  {STATUS_LABELS[r.status] ?? r.status}
                  <EmbargoNotice compact until={r.embargoUntil} />
                </td>
                <td className="py-2">
                  <DeskTime iso={r.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
