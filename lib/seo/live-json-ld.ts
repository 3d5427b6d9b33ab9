import type { BlogPosting, LiveBlogPosting, WithContext } from "schema-dts";
import type { Article } from "@/lib/content/types";
import type { LiveUpdateView } from "@/lib/live/types";
import { authorPath } from "@/lib/content/paths";
import { plainText } from "@/lib/editor/text";
import { newsArticleJsonLd } from "./json-ld";
import type { SeoSite } from "./types";
import { absoluteUrl } from "./urls";

/** Google shows a live badge for a LiveBlogPosting; it reads at most the latest updates. */
const MAX_LD_UPDATES = 50;

/**
 * A running live page: the NewsArticle's fields as a LiveBlogPosting, with the coverage times and
 * the latest updates. Once coverage ends the page goes back to newsArticleJsonLd.
 */
export function liveBlogPostingJsonLd(
  article: Article,
  coverage: { startedAt: string; endedAt: string | null },
  updates: LiveUpdateView[],
  site: SeoSite,
): WithContext<LiveBlogPosting> {
  const base = newsArticleJsonLd(article, site);
  const url = absoluteUrl(site.origin, article.path);
  const latest = updates[0]?.publishedAt;
  const liveBlogUpdate: BlogPosting[] = updates.slice(0, MAX_LD_UPDATES).map((u) => ({
    "@type": "BlogPosting",
    headline: u.title || plainText(u.body).slice(0, 110),
    datePublished: u.publishedAt,
    url: `${url}#update-${u.id}`,
    articleBody: plainText(u.body),
    ...(u.author
      ? { author: { "@type": "Person", name: u.author.name, url: absoluteUrl(site.origin, authorPath(u.author.slug)) } }
      : {}),
  }));
  return {
    ...base,
    "@type": "LiveBlogPosting",
    ...(latest && latest > String(base.dateModified) ? { dateModified: latest } : {}),
    coverageStartTime: coverage.startedAt,
    ...(coverage.endedAt ? { coverageEndTime: coverage.endedAt } : {}),
    liveBlogUpdate,
  } as WithContext<LiveBlogPosting>;
}
