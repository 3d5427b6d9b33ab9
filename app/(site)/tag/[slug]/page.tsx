import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { getSettings, getTag, getTagPage } from "@/lib/content/queries";
import { parsePageParam } from "@/lib/content/read/listings";
import { tagPath } from "@/lib/content/paths";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const tag = await getTag(slug);
  const n = parsePageParam(page);
  if (!tag || !n) return {};
  return {
    title: n > 1 ? `${tag.name}: page ${n}` : tag.name,
    description: `Stories about ${tag.name}.`,
    alternates: { canonical: n > 1 ? `${tagPath(slug)}?page=${n}` : tagPath(slug) },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const n = parsePageParam(page);
  const tag = await getTag(slug);
  if (!tag || !n) notFound();
  const [list, settings] = await Promise.all([getTagPage(tag, n), getSettings()]);
  if (!list.total || n > list.totalPages) notFound();
  return (
    <>
      <PageHeader kicker="Topic" title={tag.name} />
      <ArticleList articles={list.items} dates={settings} />
      <Pagination basePath={tagPath(slug)} page={n} totalPages={list.totalPages} />
    </>
  );
}
