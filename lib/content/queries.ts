import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { CACHE_SECONDS, cacheTags } from "./cache-tags";
import { findArticle, findFrontPage, findRecent, pickRelated } from "./read/articles";
import { listByAuthor, listBySection, listByTag } from "./read/listings";
import { findAuthor, findSection, findSections, findSettings, findTag } from "./read/taxonomy";
import type { Article } from "./types";

// Cached, tagged reads for reader pages. Each result is tagged with what it shows, so a desk
// change revalidates exactly the pages that display it.

const cached =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string, tags: (...args: A) => string[]) =>
  (...args: A): Promise<R> =>
    unstable_cache(() => fn(...args), [key, ...args.map((a) => JSON.stringify(a))], {
      tags: tags(...args),
      revalidate: CACHE_SECONDS,
    })();

export const getSettings = cached(
  () => findSettings(db),
  "settings",
  () => [cacheTags.settings],
);

export const getSections = cached(
  () => findSections(db),
  "sections",
  () => [cacheTags.sections],
);

export const getFrontPage = cached(
  () => findFrontPage(db),
  "front-page",
  () => [cacheTags.home],
);

export const getRecent = cached(
  (limit: number) => findRecent(db, limit),
  "recent",
  () => [cacheTags.recent],
);

export const getArticle = cached(
  (slug: string) => findArticle(db, slug),
  "article",
  (slug) => [cacheTags.articleBySlug(slug)],
);

/** Related stories from the article's (cached) tag and section listings; see pickRelated. */
export async function getRelated(article: Pick<Article, "id" | "sectionId" | "section" | "tags">) {
  const tags = (await Promise.all(article.tags.map((t) => getTag(t.slug)))).filter((t) => t !== null);
  const [byTag, bySection] = await Promise.all([
    Promise.all(tags.map((tag) => getTagPage(tag, 1).then((p) => p.items))),
    getSectionPage({ id: article.sectionId, slug: article.section.slug }, 1).then((p) => p.items),
  ]);
  return pickRelated(article, byTag, bySection, 4);
}

export const getSection = cached(
  (slug: string) => findSection(db, slug),
  "section",
  (slug) => [cacheTags.section(slug), cacheTags.sections],
);

export const getTag = cached(
  (slug: string) => findTag(db, slug),
  "tag",
  (slug) => [cacheTags.tag(slug)],
);

export const getAuthor = cached(
  (slug: string) => findAuthor(db, slug),
  "author",
  (slug) => [cacheTags.author(slug)],
);

export const getSectionPage = cached(
  (section: { id: string; slug: string }, page: number) => listBySection(db, section.id, page),
  "section-page",
  (section) => [cacheTags.section(section.slug)],
);

export const getTagPage = cached(
  (tag: { id: string; slug: string }, page: number) => listByTag(db, tag.id, page),
  "tag-page",
  (tag) => [cacheTags.tag(tag.slug)],
);

export const getAuthorPage = cached(
  (author: { id: string; slug: string }, page: number) => listByAuthor(db, author.id, page),
  "author-page",
  (author) => [cacheTags.author(author.slug)],
);
