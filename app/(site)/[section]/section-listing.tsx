import { ContentModified } from "@/components/site/content-modified";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { JsonLd } from "@/components/site/json-ld";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { getSection, getSectionPage, getSettings } from "@/lib/content/queries";
import { parsePageParam } from "@/lib/content/read/listings";
import { sectionPath } from "@/lib/content/paths";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { listingMetadata } from "@/lib/seo/metadata";
import { getSeoSite } from "@/lib/seo/queries";
import { redirectOrNotFound } from "@/lib/seo/redirects";
import { sectionFeedPath } from "@/lib/seo/urls";

// A section's listing, shared by page 1 (/{section}) and later pages (/{section}?page=N, which
// lib/seo/proxy.ts rewrites to /{section}/page/N so that both are cached pages).

export async function sectionMetadata(slug: string, pageParam: string): Promise<Metadata> {
  const [section, site] = await Promise.all([getSection(slug), getSeoSite()]);
  const page = parsePageParam(pageParam);
  if (!section || !page) return {};
  return listingMetadata(site, {
    name: section.name,
    description: section.description || `The latest ${section.name} stories.`,
    path: sectionPath(slug),
    page,
    feedPath: sectionFeedPath(slug),
  });
}

export async function SectionListing({ slug, pageParam }: { slug: string; pageParam: string }) {
  const page = parsePageParam(pageParam);
  if (!page) notFound();
  const section = await getSection(slug);
  if (!section) return redirectOrNotFound(sectionPath(slug));
  const [list, settings, site] = await Promise.all([getSectionPage(section, page), getSettings(), getSeoSite()]);
  if (page > list.totalPages) notFound();
  return (
    <>
      <ContentModified stories={list.items} />
      <JsonLd data={breadcrumbJsonLd(site, [{ name: section.name, path: sectionPath(slug) }])} />
      <PageHeader kicker="Section" title={section.name}>
        {section.description}
      </PageHeader>
      {list.items.length ? (
        <ArticleList articles={list.items} dates={settings} showSection={false} />
      ) : (
        <p>No stories in this section yet.</p>
      )}
      <Pagination basePath={sectionPath(slug)} page={page} totalPages={list.totalPages} />
    </>
  );
}
