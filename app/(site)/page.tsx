import { ContentModified } from "@/components/site/content-modified";
import type { Metadata } from "next";
import Link from "next/link";
import { ArticleCard } from "@/components/site/article-card";
import { JsonLd } from "@/components/site/json-ld";
import { getBreaking } from "@/lib/breaking/queries";
import { withBreakingLead } from "@/lib/breaking/rules";
import { MostReadRail } from "@/components/site/most-read/most-read-rail";
import { getFrontPage, getSettings } from "@/lib/content/queries";
import { sectionPath } from "@/lib/content/paths";
import { organizationJsonLd, webSiteJsonLd } from "@/lib/seo/json-ld";
import { frontPageMetadata } from "@/lib/seo/metadata";
import { getSeoSite } from "@/lib/seo/queries";
import { getMostRead } from "@/lib/most-read/queries";

export const revalidate = 300;

export async function generateMetadata(): Promise<Metadata> {
  return frontPageMetadata(await getSeoSite());
}

export default async function FrontPage() {
  const [page, breaking, settings, site, mostRead] = await Promise.all([
    getFrontPage(),
    getBreaking(),
    getSettings(),
    getSeoSite(),
    getMostRead(5),
  ]);
  const front = withBreakingLead(page, breaking?.card ?? null);
  const dates = { locale: settings.locale, timeZone: settings.timeZone };
  return (
    <>
      <ContentModified
        stories={[
          ...(front.lead ? [front.lead] : []),
          ...front.top,
          ...front.latest,
          ...front.sections.flatMap((s) => s.articles),
        ]}
      />
      <JsonLd data={webSiteJsonLd(site)} />
      <JsonLd data={organizationJsonLd(site)} />
      <h1 className="sr-only">{settings.siteName}: front page</h1>
      <div className="grid gap-10 lg:grid-cols-3">
        <section aria-labelledby="top-stories" className="lg:col-span-2">
          <h2 id="top-stories" className="sr-only">
            Top stories
          </h2>
          {front.lead ? (
            <ArticleCard article={front.lead} dates={dates} variant="lead" />
          ) : (
            <p>No stories have been published yet.</p>
          )}
          <ul className="mt-10 grid gap-8 border-t border-rule pt-8 sm:grid-cols-2">
            {front.top.map((a) => (
              <li key={a.id}>
                <ArticleCard article={a} dates={dates} />
              </li>
            ))}
          </ul>
        </section>
        <section
          aria-labelledby="latest"
          className="border-t-4 border-ink pt-4 lg:border-t-0 lg:border-l lg:border-rule lg:pl-8 lg:pt-0"
        >
          <h2 id="latest" className="text-sm font-bold uppercase tracking-wider">
            Latest
          </h2>
          <ol className="mt-4 divide-y divide-rule">
            {front.latest.map((a) => (
              <li key={a.id} className="py-4">
                <ArticleCard article={a} dates={dates} variant="compact" />
              </li>
            ))}
          </ol>
          <div className="mt-8">
            <MostReadRail entries={mostRead} />
          </div>
        </section>
      </div>
      {front.sections.map(({ section, articles }) => (
        <section
          key={section.slug}
          aria-labelledby={`section-${section.slug}`}
          className="mt-14 border-t-4 border-ink pt-4"
        >
          <h2 id={`section-${section.slug}`} className="font-serif text-2xl font-bold">
            <Link href={sectionPath(section.slug)} className="hover:text-accent hover:underline">
              {section.name}
            </Link>
          </h2>
          <ul className="mt-6 grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
            {articles.map((a) => (
              <li key={a.id}>
                <ArticleCard article={a} dates={dates} showSection={false} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
