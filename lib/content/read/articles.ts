import type { PrismaClient } from "@/lib/db/client";
import { articleSelect, cardSelect, toArticle, toCard } from "../reshape";
import type { Article, ArticleCard, SectionSummary } from "../types";
import { publishedLinkWhere, publishedWhere } from "../visibility";

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
  const top = [...featuredCards.slice(1), ...recentCards].filter((a) => a.id !== lead?.id).filter(uniqueById()).slice(0, 4);
  const shown = new Set([lead?.id, ...top.map((a) => a.id)]);
  const latest = recentCards.filter((a) => !shown.has(a.id)).slice(0, 8);
  const blocks = await Promise.all(
    sections.map(async (s) => ({
      section: { name: s.name, slug: s.slug },
      articles: (
        await db.article.findMany({ where: { ...visible, sectionId: s.id }, orderBy: newestFirst, take: 4, select: cardSelect })
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
  const rows = await db.article.findMany({ where: publishedWhere(now), orderBy: newestFirst, take: limit, select: cardSelect });
  return rows.map(toCard);
}

/** Stories sharing a tag with the article, then from its section, newest first. */
export async function findRelated(db: PrismaClient, article: Pick<Article, "id" | "sectionId" | "tags">, limit: number, now = new Date()): Promise<ArticleCard[]> {
  const visible = publishedWhere(now);
  const tagIds = article.tags.length
    ? (await db.tag.findMany({ where: { slug: { in: article.tags.map((t) => t.slug) } }, select: { id: true } })).map((t) => t.id)
    : [];
  // Each tag's newest stories straight off its link index, merged: the work does not grow with
  // the archive or with how popular a tag is.
  const links = (
    await Promise.all(
      tagIds.map((tagId) =>
        db.articleTag.findMany({
          where: { ...publishedLinkWhere(now), tagId, articleId: { not: article.id } },
          orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
          take: limit,
          select: { articleId: true, publishedAt: true },
        }),
      ),
    )
  )
    .flat()
    .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || b.articleId.localeCompare(a.articleId));
  const ids = [...new Set(links.map((l) => l.articleId))].slice(0, limit);
  const tagged = ids.length ? await db.article.findMany({ where: { ...visible, id: { in: ids } }, select: cardSelect }) : [];
  const byTag = ids.flatMap((id) => tagged.find((a) => a.id === id) ?? []);
  const bySection =
    byTag.length < limit
      ? await db.article.findMany({
          where: { ...visible, id: { notIn: [article.id, ...byTag.map((a) => a.id)] }, sectionId: article.sectionId },
          orderBy: newestFirst,
          take: limit - byTag.length,
          select: cardSelect,
        })
      : [];
  return [...byTag, ...bySection].map(toCard);
}
