import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/site/page-header";
import { SearchForm } from "@/components/site/search-form";
import { SearchPagination, SearchResultList } from "@/components/site/search-results";
import { getSections, getSettings } from "@/lib/content/queries";
import { sectionPath } from "@/lib/content/paths";
import { nextDay, readSearchParams, searchHref, startOfDay } from "@/lib/search/params";
import { searchSite } from "@/lib/search/site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = readSearchParams(await searchParams);
  // Result pages are endless and change by the minute: search engines should follow, not index.
  return { title: q ? `Search: ${q.slice(0, 60)}` : "Search", robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = readSearchParams(await searchParams);
  const [settings, sections] = await Promise.all([getSettings(), getSections()]);
  const results = params.q.trim()
    ? await searchSite(params.q, {
        section: params.section || undefined,
        from: params.from ? startOfDay(params.from, settings.timeZone) : undefined,
        to: params.to ? startOfDay(nextDay(params.to), settings.timeZone) : undefined,
        page: params.page,
      })
    : null;
  const filtered = Boolean(params.section || params.from || params.to);

  return (
    <>
      <PageHeader kicker="Search" title={results?.query ? `Results for “${results.query}”` : "Search the archive"} />
      {/* Keyed by the search so that client-side navigation (e.g. "Clear filters") resets the fields. */}
      <SearchForm key={searchHref(params)} params={params} sections={sections} />
      {!results ? (
        <div className="max-w-2xl space-y-2 text-muted">
          <p>Search every story we have published by the words in it.</p>
          <p>
            Put a phrase in quotes (“water treaty”) to find those words together, or end a word with * to match its
            beginning (elect*).
          </p>
        </div>
      ) : results.hits.length ? (
        <>
          <p role="status" className="mb-2 text-sm text-muted">
            {results.moreThan ? `More than ${results.total.toLocaleString("en")}` : results.total.toLocaleString("en")}{" "}
            {results.total === 1 ? "story" : "stories"} found, best matches first.
          </p>
          <SearchResultList results={results} dates={settings} />
          <SearchPagination page={results.page} totalPages={results.totalPages} href={(p) => searchHref(params, p)} />
        </>
      ) : (
        <div role="status" className="max-w-2xl space-y-3">
          <p className="font-serif text-2xl font-bold">
            No stories match {results.query ? `“${results.query}”` : "that search"}.
          </p>
          <ul className="list-disc space-y-1 pl-5 text-muted">
            <li>Check the spelling, or try fewer or more general words.</li>
            {filtered ? (
              <li>
                <Link
                  href={searchHref({ ...params, section: "", from: "", to: "", page: 1 })}
                  className="font-semibold text-accent hover:underline"
                >
                  Search all sections and dates
                </Link>{" "}
                instead.
              </li>
            ) : null}
            <li>
              Or browse a section:{" "}
              {sections.map((s, i) => (
                <span key={s.slug}>
                  {i > 0 ? ", " : ""}
                  <Link href={sectionPath(s.slug)} className="text-accent hover:underline">
                    {s.name}
                  </Link>
                </span>
              ))}
              .
            </li>
          </ul>
        </div>
      )}
    </>
  );
}
