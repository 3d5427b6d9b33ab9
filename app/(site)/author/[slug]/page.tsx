import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/site/article-list";
import { AuthorAvatar } from "@/components/site/author-avatar";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { getAuthor, getAuthorPage, getSettings } from "@/lib/content/queries";
import { parsePageParam } from "@/lib/content/read/listings";
import { authorPath } from "@/lib/content/paths";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const author = await getAuthor(slug);
  const n = parsePageParam(page);
  if (!author || !n) return {};
  return {
    title: n > 1 ? `${author.name}: page ${n}` : author.name,
    description: author.bio || `Stories by ${author.name}.`,
    alternates: { canonical: n > 1 ? `${authorPath(slug)}?page=${n}` : authorPath(slug) },
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const n = parsePageParam(page);
  const author = await getAuthor(slug);
  if (!author || !n) notFound();
  const [list, settings] = await Promise.all([getAuthorPage(author, n), getSettings()]);
  if (n > list.totalPages) notFound();
  return (
    <>
      <PageHeader kicker="Author" title={author.name}>
        <div className="flex items-start gap-4">
          {author.avatar ? <AuthorAvatar image={author.avatar} name={author.name} size={96} /> : null}
          <p>{author.bio}</p>
        </div>
      </PageHeader>
      <ArticleList articles={list.items} dates={settings} />
      <Pagination basePath={authorPath(slug)} page={n} totalPages={list.totalPages} />
    </>
  );
}
