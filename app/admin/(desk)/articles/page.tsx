import type { Metadata } from "next";
import Link from "next/link";
import { DeskTime } from "@/components/admin/clock/desk-time";
import { EmbargoNotice } from "@/components/admin/embargo/embargo-notice";
import { EditingNow } from "@/components/admin/editing-now";
import { NoteCount } from "@/components/admin/note-count";
import { NewArticleButton } from "@/components/admin/new-article-button";
import { editingNow } from "@/lib/collab/presence";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { bylinedPeople, sectionOptions } from "@/lib/desk/options";
import { deskListQuery, deskViewer, listDeskArticles } from "@/lib/articles/list";

export const metadata: Metadata = { title: "Articles" };

const STATUSES = [
  ["", "All"],
  ["DRAFT", "Drafts"],
  ["IN_REVIEW", "In review"],
  ["SCHEDULED", "Scheduled"],
  ["PUBLISHED", "Published"],
  ["ARCHIVED", "Archived"],
  ["TRASH", "Trash"],
] as const;
const LABEL: Record<string, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requirePermission("desk:enter", "/admin/articles");
  const raw = await searchParams;
  const query = deskListQuery.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])),
  );
  const [list, sections, people] = await Promise.all([
    listDeskArticles(db, query, deskViewer(user)),
    sectionOptions(db),
    bylinedPeople(db),
  ]);
  const editing = await editingNow(
    db,
    list.items.map((a) => a.id),
    { except: user.id },
  );
  const pageHref = (page: number) =>
    `/admin/articles?${new URLSearchParams(Object.entries({ ...query, page: String(page) }).filter(([, v]) => v !== undefined && v !== "") as [string, string][])}`;
  const select = "rounded border border-rule bg-paper px-2 py-1.5 text-sm";
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Articles</h1>
        <NewArticleButton />
      </div>
      <form
        role="search"
        aria-label="Filter articles"
        className="mt-6 flex flex-wrap items-end gap-3"
        action="/admin/articles"
      >
        <label className="text-sm font-semibold">
          Search
          <input type="search" name="q" defaultValue={query.q} className={`${select} ml-2`} />
        </label>
        <label className="text-sm font-semibold">
          Status
          <select name="status" defaultValue={query.status ?? ""} className={`${select} ml-2`}>
            {STATUSES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Section
          <select name="section" defaultValue={query.section ?? ""} className={`${select} ml-2`}>
            <option value="">All</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Author
          <select name="author" defaultValue={query.author ?? ""} className={`${select} ml-2`}>
            <option value="">Anyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Sort
          <select name="sort" defaultValue={query.sort} className={`${select} ml-2`}>
            <option value="updated">Last change</option>
            <option value="published">Publication date</option>
            <option value="title">Headline</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper">
          Apply
        </button>
      </form>
      <p className="mt-4 text-sm text-muted">
        {list.total} {list.total === 1 ? "article" : "articles"}
      </p>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">Articles</caption>
        <thead className="border-b border-rule text-xs uppercase tracking-wider text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Headline
            </th>
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            {/* On a phone these go under the headline: the table keeps to the screen's width. */}
            <th scope="col" className="hidden py-2 pr-3 md:table-cell">
              Section
            </th>
            <th scope="col" className="hidden py-2 pr-3 md:table-cell">
              Byline
            </th>
            <th scope="col" className="hidden py-2 pr-3 md:table-cell">
              Last edited by
            </th>
            <th scope="col" className="py-2">
              Last change
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule">
          {list.items.map((a) => (
            <tr key={a.id}>
              <td className="py-2 pr-3 font-semibold break-words">
                <Link href={`/admin/articles/${a.id}`} className="hover:text-accent hover:underline">
                  {a.title}
                </Link>
                <EditingNow people={editing.get(a.id)} />
                <NoteCount count={a.notes} />
                <span className="block text-xs font-normal text-muted md:hidden">
                  {[a.section, a.authors.join(", ")].filter(Boolean).join(" · ")}
                </span>
              </td>
              <td className="py-2 pr-3">
                {a.trashed ? "In trash" : LABEL[a.status]}
                {a.status === "SCHEDULED" && a.scheduledFor ? (
                  <>
                    {" for "}
                    <DeskTime iso={a.scheduledFor} />
                  </>
                ) : null}
                <EmbargoNotice compact until={a.embargoUntil} />
              </td>
              <td className="hidden py-2 pr-3 md:table-cell">{a.section}</td>
              <td className="hidden py-2 pr-3 md:table-cell">{a.authors.join(", ")}</td>
              <td className="hidden py-2 pr-3 md:table-cell">{a.lastEditor ?? "—"}</td>
              <td className="py-2">
                <DeskTime iso={a.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.totalPages > 1 ? (
        <nav aria-label="Pagination" className="mt-6 flex justify-between text-sm font-semibold">
          {list.page > 1 ? <Link href={pageHref(list.page - 1)}>← Previous</Link> : <span />}
          <span>
            Page {list.page} of {list.totalPages}
          </span>
          {list.page < list.totalPages ? <Link href={pageHref(list.page + 1)}>Next →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
