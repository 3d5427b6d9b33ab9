import type { Metadata } from "next";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { ArticleCard } from "@/components/site/article-card";
import { AuthorBios, Byline } from "@/components/site/byline";
import { JsonLd } from "@/components/site/json-ld";
import { LiveBadge } from "@/components/site/live/live-badge";
import { LiveBlog } from "@/components/site/live/live-blog";
import { MostReadRail } from "@/components/site/most-read/most-read-rail";
import { ViewBeacon } from "@/components/site/most-read/view-beacon";
import { RecentRail } from "@/components/site/recent-rail";
import { RichText } from "@/components/site/rich-text";
import { MediaImage } from "@/components/ui/media-image";
import { getArticle, getRecent, getRelated, getSettings } from "@/lib/content/queries";
import { articlePath, sectionPath, tagPath } from "@/lib/content/paths";
import { formatDateTime } from "@/lib/format/dates";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { liveBlogPostingJsonLd } from "@/lib/seo/live-json-ld";
import { getLiveFeed } from "@/lib/live/queries";
import { getMostRead } from "@/lib/most-read/queries";
import { articleMetadata } from "@/lib/seo/metadata";
import { getSeoSite } from "@/lib/seo/queries";
import { redirectOrNotFound } from "@/lib/seo/redirects";

export const revalidate = 300;

type Props = { params: Promise<{ section: string; slug: string }> };

export async function generateStaticParams() {
  return []; // rendered on first request, then cached until the desk changes it
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [article, site] = await Promise.all([getArticle(slug), getSeoSite()]);
  if (!article) return {};
  return articleMetadata(article, site);
}

export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params;
  const article = await getArticle(slug);
  // A story whose slug or section changed left a recorded redirect at its old path.
  if (!article) return redirectOrNotFound(articlePath(section, slug));
  if (article.section.slug !== section) permanentRedirect(article.path);

  const [settings, recent, related, site, live] = await Promise.all([
    getSettings(),
    getRecent(6),
    getRelated(article),
    getSeoSite(),
    article.liveCoverage ? getLiveFeed(article.id) : null,
  ]);
  const mostRead = await getMostRead(5);
  const dates = { locale: settings.locale, timeZone: settings.timeZone };
  const revised = article.revisedAt && article.revisedAt > article.publishedAt ? article.revisedAt : null;

  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <JsonLd
        data={
          article.liveCoverage && live?.live
            ? liveBlogPostingJsonLd(article, article.liveCoverage, live.updates, site)
            : newsArticleJsonLd(article, site)
        }
      />
      <JsonLd
        data={breadcrumbJsonLd(site, [
          { name: article.section.name, path: sectionPath(article.section.slug) },
          { name: article.title, path: article.path },
        ])}
      />
      <article aria-labelledby="headline">
        <header>
          <p className="text-xs font-bold uppercase tracking-wider text-accent">
            {live?.live ? <LiveBadge /> : null}
            <Link href={sectionPath(article.section.slug)} className="hover:underline">
              {article.section.name}
            </Link>
          </p>
          <h1 id="headline" className="mt-2 font-serif text-4xl font-bold leading-tight tracking-tight sm:text-5xl">
            {article.title}
          </h1>
          {article.standfirst ? (
            <p className="mt-4 font-serif text-xl leading-relaxed text-muted">{article.standfirst}</p>
          ) : null}
          <div className="mt-6 space-y-1 border-y border-rule py-3 text-sm">
            <Byline authors={article.authors} />
            <p className="text-muted">
              Published <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt, dates)}</time>
              {revised ? (
                <>
                  {" · "}Updated <time dateTime={revised}>{formatDateTime(revised, dates)}</time>
                </>
              ) : null}
              {" · "}
              {article.readingMinutes} min read
            </p>
          </div>
        </header>
        {article.image ? (
          <figure className="mt-8">
            <MediaImage image={article.image} sizes="(min-width: 1024px) 46rem, 100vw" priority className="w-full" />
            {article.image.caption || article.image.credit ? (
              <figcaption className="mt-2 text-sm text-muted">
                {article.image.caption}{" "}
                {article.image.credit ? <span className="credit">{article.image.credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <div className="article-body prose mt-8 max-w-none">
          {article.dateline ? (
            <p className="dateline font-sans text-sm font-bold uppercase tracking-wider">{article.dateline}</p>
          ) : null}
          <RichText doc={article.body} />
        </div>
        {live ? <LiveBlog articleId={article.id} feed={live} dates={dates} /> : null}
        {article.corrections.length ? (
          <section
            aria-labelledby="corrections-heading"
            className="mt-8 rounded border-l-4 border-accent bg-accent-soft/50 px-4 py-3"
          >
            <h2 id="corrections-heading" className="text-sm font-bold uppercase tracking-wider">
              Corrections
            </h2>
            <ul className="mt-2 space-y-2 text-sm">
              {article.corrections.map((c) => (
                <li key={c.at}>
                  <time dateTime={c.at} className="font-semibold">
                    {formatDateTime(c.at, dates)}
                  </time>
                  : {c.text}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {article.tags.length ? (
          <nav aria-label="Topics" className="mt-10">
            <h2 className="text-xs font-bold uppercase tracking-wider text-muted">Topics</h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {article.tags.map((t) => (
                <li key={t.slug}>
                  <Link
                    href={tagPath(t.slug)}
                    className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-accent hover:text-accent"
                  >
                    {t.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <AuthorBios authors={article.authors} />
        {related.length ? (
          <section aria-labelledby="related-heading" className="mt-12 border-t-4 border-ink pt-4">
            <h2 id="related-heading" className="text-sm font-bold uppercase tracking-wider">
              Related stories
            </h2>
            <ul className="mt-6 grid gap-8 sm:grid-cols-2">
              {related.map((a) => (
                <li key={a.id}>
                  <ArticleCard article={a} dates={dates} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      <div className="space-y-10">
        <RecentRail articles={recent.filter((a) => a.id !== article.id).slice(0, 5)} />
        <MostReadRail entries={mostRead} />
      </div>
      <ViewBeacon articleId={article.id} />
    </div>
  );
}
