import Link from "next/link";
import type { SearchResults } from "@/lib/search/types";
import type { DateStyle } from "@/lib/format/dates";
import { sectionPath } from "@/lib/content/paths";
import { DateTime } from "./date-time";
import { Highlighted } from "./highlighted";

export function SearchResultList({ results, dates }: { results: SearchResults; dates: DateStyle }) {
  return (
    <ol aria-label="Search results" className="divide-y divide-rule">
      {results.hits.map(({ article, headline, snippet }) => (
        <li key={article.id} className="py-5">
          <article className="flex flex-col gap-1">
            <p className="text-xs font-bold uppercase tracking-wider text-accent">
              <Link href={sectionPath(article.section.slug)} className="inline-block py-1 hover:underline">
                {article.section.name}
              </Link>
            </p>
            <h2 className="font-serif text-xl font-bold leading-snug">
              <Link href={article.path} className="hover:text-accent hover:underline">
                <Highlighted segments={headline} />
              </Link>
            </h2>
            <p className="text-muted">
              <Highlighted segments={snippet} />
            </p>
            <p className="text-xs text-muted">
              {article.authors.map((a) => a.name).join(" and ")}
              {article.authors.length ? " · " : ""}
              <DateTime iso={article.publishedAt} style={dates} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}

/** Previous and next result pages, keeping the query and filters. */
export function SearchPagination({
  page,
  totalPages,
  href,
}: {
  page: number;
  totalPages: number;
  href: (page: number) => string;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav
      aria-label="Result pages"
      className="mt-8 flex items-center justify-between border-t border-rule pt-4 text-sm font-semibold"
    >
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="text-accent hover:underline">
          <span aria-hidden="true">←</span> Previous results
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted" aria-current="page">
        Page {page} of {totalPages}
      </p>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className="text-accent hover:underline">
          More results <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
