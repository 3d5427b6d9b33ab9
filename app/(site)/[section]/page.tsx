import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { getSection, getSectionPage, getSettings } from "@/lib/content/queries";
import { parsePageParam } from "@/lib/content/read/listings";
import { sectionPath } from "@/lib/content/paths";

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ section: slug }, { page }] = await Promise.all([params, searchParams]);
  const section = await getSection(slug);
  const n = parsePageParam(page);
  if (!section || !n) return {};
  return {
    title: n > 1 ? `${section.name}: page ${n}` : section.name,
    description: section.description || `The latest ${section.name} stories.`,
    alternates: { canonical: n > 1 ? `${sectionPath(slug)}?page=${n}` : sectionPath(slug) },
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const [{ section: slug }, { page }] = await Promise.all([params, searchParams]);
  const n = parsePageParam(page);
  const section = await getSection(slug);
  if (!section || !n) notFound();
  const [list, settings] = await Promise.all([getSectionPage(section, n), getSettings()]);
  if (n > list.totalPages) notFound();
  return (
    <>
      <PageHeader kicker="Section" title={section.name}>
        {section.description}
      </PageHeader>
      {list.items.length ? (
        <ArticleList articles={list.items} dates={settings} showSection={false} />
      ) : (
        <p>No stories in this section yet.</p>
      )}
      <Pagination basePath={sectionPath(slug)} page={n} totalPages={list.totalPages} />
    </>
  );
}
