import type { PrismaClient } from "@/lib/db/client";
import { articleSelect, cardSelect, toArticle, toCard } from "../reshape";
import type { Article, ArticleCard, SectionSummary } from "../types";
import { publishedWhere } from "../visibility";

const newestFirst = [{ publishedAt: "desc" as const }, { id: "desc" as const }];

export interface FrontPage {
  lead: ArticleCard | null;
  top: ArticleCard[];
  latest: ArticleCard[];
  sections: { section: SectionSummary; articles: ArticleCard[] }[];
}

export async function findFrontPage(db: PrismaClient, now = new Date()): Promise<FrontPage> {
  const visible = publishedWhere(now);
  const [featured, recent, sections] = await Promise.all([
    db.article.findMany({ where: { ...visible, featured: true }, orderBy: newestFirst, take: 5, select: cardSelect }),
    db.article.findMany({ where: visible, orderBy: newestFirst, take: 16, select: cardSelect }),
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true, slug: true } }),
  ]);
  const featuredCards = featured.map(toCard);
  const recentCards = recent.map(toCard);
  const lead = featuredCards[0] ?? recentCards[0] ?? null;
  const top = [...featuredCards.slice(1), ...recentCards]
    .filter((a) => a.id !== lead?.id)
    .filter(uniqueById())
    .slice(0, 4);
  const shown = new Set([lead?.id, ...top.map((a) => a.id)]);
  const latest = recentCards.filter((a) => !shown.has(a.id)).slice(0, 8);
  const blocks = await Promise.all(
    sections.map(async (s) => ({
      section: { name: s.name, slug: s.slug },
      articles: (
        await db.article.findMany({
          where: { ...visible, sectionId: s.id },
          orderBy: newestFirst,
          take: 4,
          select: cardSelect,
        })
      ).map(toCard),
    })),
  );
  return { lead, top, latest, sections: blocks.filter((b) => b.articles.length > 0) };
}

function uniqueById() {
  const seen = new Set<string>();
  return (a: ArticleCard) => (seen.has(a.id) ? false : (seen.add(a.id), true));
}

/** A published article by its slug, or null. The caller checks the section for the canonical path. */
export async function findArticle(db: PrismaClient, slug: string, now = new Date()): Promise<Article | null> {
  const row = await db.article.findFirst({ where: { ...publishedWhere(now), slug }, select: articleSelect });
  return row ? toArticle(row) : null;
}

export async function findRecent(db: PrismaClient, limit: number, now = new Date()): Promise<ArticleCard[]> {
  const rows = await db.article.findMany({
    where: publishedWhere(now),
    orderBy: newestFirst,
    take: limit,
    select: cardSelect,
  });
  return rows.map(toCard);
}

/**
 * Related stories: the newest sharing a tag with the article, then the newest from its section.
 * Built from the first page of each of its tag listings and of its section listing, which are the
 * same (cached) pages readers browse, so related stories cost nothing once those are warm and the
 * work never grows with the archive.
 */
export function pickRelated(
  article: Pick<Article, "id">,
  byTag: ArticleCard[][],
  bySection: ArticleCard[],
  limit: number,
): ArticleCard[] {
  const newest = (a: ArticleCard, b: ArticleCard) =>
    b.publishedAt.localeCompare(a.publishedAt) || b.id.localeCompare(a.id);
  const seen = new Set([article.id]);
  const take = (cards: ArticleCard[]) => cards.filter((c) => !seen.has(c.id) && (seen.add(c.id), true));
  const tagged = take(byTag.flat().sort(newest)).slice(0, limit);
  return [...tagged, ...take(bySection)].slice(0, limit);
}
