import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, cacheTags } from "@/lib/content/cache-tags";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findFeedItems, type FeedScope } from "./read/feeds";
import { findPublisher } from "./read/publisher";
import {
  articleChunkLastmod,
  articleChunkStart,
  articleSitemapSlice,
  authorSitemap,
  countSitemapArticles,
  newsSitemap,
  sectionSitemap,
  SITEMAP_LIMIT,
  SITEMAP_SLICE,
  tagSitemap,
  type SliceCursor,
} from "./read/sitemaps";
import type { SeoSite, SitemapUrl } from "./types";
import type { TaxonomyKind } from "./urls";

// Cached, tagged reads for sitemaps, feeds and structured data. The desk revalidates
// `sitemaps` and `feeds` when what they list changes; otherwise they refresh every five minutes.

const cached =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string, tags: (...args: A) => string[]) =>
  (...args: A): Promise<R> =>
    unstable_cache(() => fn(...args), [key, ...args.map((a) => JSON.stringify(a))], {
      tags: tags(...args),
      revalidate: CACHE_SECONDS,
    })();

export const getPublisher = cached(
  () => findPublisher(db),
  "seo-publisher",
  () => [cacheTags.settings],
);

const getArticleCount = cached(
  () => countSitemapArticles(db),
  "sitemap-count",
  () => [cacheTags.sitemaps],
);
const getChunkLastmod = cached(
  (chunk: number) => articleChunkLastmod(db, chunk),
  "sitemap-lastmod",
  () => [cacheTags.sitemaps],
);
const getChunkStart = cached(
  (chunk: number) => articleChunkStart(db, chunk),
  "sitemap-start",
  () => [cacheTags.sitemaps],
);
const getSlice = cached(
  (after: SliceCursor | null) => articleSitemapSlice(db, after, SITEMAP_SLICE),
  "sitemap-slice",
  () => [cacheTags.sitemaps],
);

const chunkCount = async () => Math.max(1, Math.ceil((await getArticleCount()) / SITEMAP_LIMIT));

/** One entry per article sitemap (at least one, so the index never points at nothing). */
export async function getArticleSitemapChunks(): Promise<{ n: number; lastmod?: string }[]> {
  return Promise.all(
    Array.from({ length: await chunkCount() }, async (_, i) => ({ n: i + 1, lastmod: await getChunkLastmod(i) })),
  );
}

/**
 * Article sitemap `n` (1-based), or null past the end: up to 50,000 URLs read as a chain of
 * cached 5,000-row slices, each starting where the previous one ended.
 */
export async function getArticleSitemap(n: number): Promise<SitemapUrl[] | null> {
  if (n < 1 || n > (await chunkCount())) return null;
  const start = await getChunkStart(n - 1);
  if (!start) return null;
  const urls: SitemapUrl[] = [];
  let after = start.after;
  while (urls.length < SITEMAP_LIMIT) {
    const slice = await getSlice(after);
    urls.push(...slice.urls);
    if (slice.urls.length < SITEMAP_SLICE || !slice.last) break;
    after = slice.last;
  }
  return urls;
}

const taxonomyReaders: Record<TaxonomyKind, () => Promise<SitemapUrl[]>> = {
  sections: () => sectionSitemap(db),
  tags: () => tagSitemap(db),
  authors: () => authorSitemap(db),
};

export const getTaxonomySitemap = cached(
  (kind: TaxonomyKind) => taxonomyReaders[kind](),
  "sitemap-taxonomy",
  () => [cacheTags.sitemaps],
);

export const getNewsSitemap = cached(
  () => newsSitemap(db),
  "sitemap-news",
  () => [cacheTags.sitemaps],
);

/** A feed's stories, tagged with `feeds` and with the listing it mirrors. */
export const getFeedItems = cached(
  (scope: FeedScope) => findFeedItems(db, scope),
  "feed",
  (scope) => [cacheTags.feeds, ...listingTags(scope)],
);

function listingTags(scope: FeedScope): string[] {
  switch (scope.kind) {
    case "site":
      return [cacheTags.recent];
    case "section":
      return [cacheTags.section(scope.slug)];
    case "tag":
      return [cacheTags.tag(scope.slug)];
    case "author":
      return [cacheTags.author(scope.slug)];
  }
}

/** The publication plus its public origin: what metadata and structured data are built from. */
export async function getSeoSite(): Promise<SeoSite> {
  return { ...(await getPublisher()), origin: env.SITE_URL };
}
