import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { getCorrections } from "@/lib/corrections/queries";
import { getSettings } from "@/lib/content/queries";
import { parsePageParam } from "@/lib/content/read/listings";
import { formatDateTime } from "@/lib/format/dates";
import { correctionsMetadata } from "@/lib/seo/corrections-metadata";
import { getSeoSite } from "@/lib/seo/queries";
import { correctionsPath } from "@/lib/seo/urls";

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return correctionsMetadata(await getSeoSite(), parsePageParam((await searchParams).page) ?? 1);
}

export default async function CorrectionsPage({ searchParams }: Props) {
  const page = parsePageParam((await searchParams).page);
  if (!page) notFound();
  const [settings, { items, totalPages }] = await Promise.all([getSettings(), getCorrections(page)]);
  if (page > totalPages) notFound();
  return (
    <>
      <PageHeader kicker="Standards" title="Corrections">
        <p>When we get something wrong we correct it, say so under the story, and list it here, newest first.</p>
      </PageHeader>
      {items.length ? (
        <ol className="max-w-3xl divide-y divide-rule">
          {items.map((c) => (
            <li key={c.id} className="py-5">
              <article aria-labelledby={`correction-${c.id}`}>
                <h2 id={`correction-${c.id}`} className="font-serif text-xl font-bold">
                  <Link href={c.article.path} className="hover:text-accent hover:underline">
                    {c.article.title}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-muted">
                  Corrected <time dateTime={c.at}>{formatDateTime(c.at, settings)}</time>
                </p>
                <p className="mt-2">{c.text}</p>
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-muted">No corrections have been published.</p>
      )}
      <Pagination basePath={correctionsPath} page={page} totalPages={totalPages} />
    </>
  );
}
