import { ContentModified } from "@/components/site/content-modified";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { JsonLd } from "@/components/site/json-ld";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { getSettings, getTag, getTagPage } from "@/lib/content/queries";
import { parsePageParam } from "@/lib/content/read/listings";
import { tagPath } from "@/lib/content/paths";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { listingMetadata } from "@/lib/seo/metadata";
import { getSeoSite } from "@/lib/seo/queries";
import { redirectOrNotFound } from "@/lib/seo/redirects";
import { tagFeedPath } from "@/lib/seo/urls";

// A tag's listing, shared by page 1 (/tag/{slug}) and later pages (/tag/{slug}?page=N, which
// lib/seo/proxy.ts rewrites to /tag/{slug}/page/N so that both are cached pages).

export async function tagMetadata(slug: string, pageParam: string): Promise<Metadata> {
  const [tag, site] = await Promise.all([getTag(slug), getSeoSite()]);
  const page = parsePageParam(pageParam);
  if (!tag || !page) return {};
  return listingMetadata(site, {
    name: tag.name,
    description: `Stories about ${tag.name}.`,
    path: tagPath(slug),
    page,
    feedPath: tagFeedPath(slug),
  });
}

export async function TagListing({ slug, pageParam }: { slug: string; pageParam: string }) {
  const page = parsePageParam(pageParam);
  if (!page) notFound();
  const tag = await getTag(slug);
  if (!tag) return redirectOrNotFound(tagPath(slug));
  const [list, settings, site] = await Promise.all([getTagPage(tag, page), getSettings(), getSeoSite()]);
  if (!list.total || page > list.totalPages) notFound();
  return (
    <>
      <ContentModified stories={list.items} />
      <JsonLd data={breadcrumbJsonLd(site, [{ name: tag.name, path: tagPath(slug) }])} />
      <PageHeader kicker="Topic" title={tag.name} />
      <ArticleList articles={list.items} dates={settings} />
      <Pagination basePath={tagPath(slug)} page={page} totalPages={list.totalPages} />
    </>
  );
}
