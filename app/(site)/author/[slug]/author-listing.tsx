import { ContentModified } from "@/components/site/content-modified";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { JsonLd } from "@/components/site/json-ld";
import { AuthorAvatar } from "@/components/site/author-avatar";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { getAuthor, getAuthorPage, getSettings } from "@/lib/content/queries";
import { parsePageParam } from "@/lib/content/read/listings";
import { authorPath } from "@/lib/content/paths";
import { profilePageJsonLd } from "@/lib/seo/json-ld";
import { listingMetadata } from "@/lib/seo/metadata";
import { getSeoSite } from "@/lib/seo/queries";
import { redirectOrNotFound } from "@/lib/seo/redirects";
import { authorFeedPath } from "@/lib/seo/urls";

// An author's page, shared by page 1 (/author/{slug}) and later pages (/author/{slug}?page=N,
// which lib/seo/proxy.ts rewrites to /author/{slug}/page/N so that both are cached pages).

export async function authorMetadata(slug: string, pageParam: string): Promise<Metadata> {
  const [author, site] = await Promise.all([getAuthor(slug), getSeoSite()]);
  const page = parsePageParam(pageParam);
  if (!author || !page) return {};
  return listingMetadata(site, {
    name: author.name,
    description: author.bio || `Stories by ${author.name}.`,
    path: authorPath(slug),
    page,
    feedPath: authorFeedPath(slug),
  });
}

export async function AuthorListing({ slug, pageParam }: { slug: string; pageParam: string }) {
  const page = parsePageParam(pageParam);
  if (!page) notFound();
  const author = await getAuthor(slug);
  if (!author) return redirectOrNotFound(authorPath(slug));
  const [list, settings, site] = await Promise.all([getAuthorPage(author, page), getSettings(), getSeoSite()]);
  if (page > list.totalPages) notFound();
  return (
    <>
      <ContentModified stories={list.items} />
      <JsonLd data={profilePageJsonLd(author, site)} />
      <PageHeader kicker="Author" title={author.name}>
        <div className="flex items-start gap-4">
          {author.avatar ? <AuthorAvatar image={author.avatar} name={author.name} size={96} /> : null}
          <p>{author.bio}</p>
        </div>
      </PageHeader>
      <ArticleList articles={list.items} dates={settings} />
      <Pagination basePath={authorPath(slug)} page={page} totalPages={list.totalPages} />
    </>
  );
}
