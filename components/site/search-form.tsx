import Link from "next/link";
import type { SectionSummary } from "@/lib/content/types";
import type { SearchParams } from "@/lib/search/params";

const field = "rounded border border-rule bg-transparent px-3 py-2";

/** The search page's form: words, and optional section and date filters. A plain GET form. */
export function SearchForm({ params, sections }: { params: SearchParams; sections: SectionSummary[] }) {
  const filtered = Boolean(params.section || params.from || params.to);
  return (
    <form role="search" action="/search" method="get" className="mb-8 grid gap-4 sm:grid-cols-[1fr_auto]">
      <div className="flex flex-col gap-1">
        <label htmlFor="search-q" className="text-sm font-semibold">
          Words or “a phrase”
        </label>
        <input id="search-q" type="search" name="q" defaultValue={params.q} maxLength={200} className={field} />
      </div>
      <button type="submit" className="self-end rounded bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent">
        Search
      </button>
      <fieldset className="flex flex-wrap items-end gap-4 sm:col-span-2">
        <legend className="sr-only">Filters</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-section" className="text-sm font-semibold">
            Section
          </label>
          <select id="search-section" name="section" defaultValue={params.section} className={field}>
            <option value="">All sections</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-from" className="text-sm font-semibold">
            From
          </label>
          <input id="search-from" type="date" name="from" defaultValue={params.from} className={field} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-to" className="text-sm font-semibold">
            To
          </label>
          <input id="search-to" type="date" name="to" defaultValue={params.to} className={field} />
        </div>
        {filtered ? (
          <Link
            href={params.q ? `/search?q=${encodeURIComponent(params.q)}` : "/search"}
            className="py-2 text-sm font-semibold text-accent hover:underline"
          >
            Clear filters
          </Link>
        ) : null}
      </fieldset>
    </form>
  );
}
