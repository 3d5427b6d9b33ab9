import type { Prisma } from "@/lib/generated/prisma/client";
import { deriveBodyFields } from "@/lib/content/derive";
import { toSlug } from "@/lib/content/slug";
import type { ArticleFields } from "./fields";

/** Writes every editable field of an article, tags and byline included, inside a transaction. */
export async function writeFields(
  tx: Prisma.TransactionClient,
  articleId: string,
  f: ArticleFields,
  extra: Prisma.ArticleUpdateInput,
) {
  const tagIds: string[] = [];
  for (const name of [...new Set(f.tags.map((t) => t.trim()).filter(Boolean))]) {
    const slug = toSlug(name);
    const tag = await tx.tag.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true } });
    if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
  }
  await tx.articleTag.deleteMany({ where: { articleId } });
  await tx.articleAuthor.deleteMany({ where: { articleId } });
  return tx.article.update({
    where: { id: articleId },
    data: {
      title: f.title,
      slug: f.slug,
      standfirst: f.standfirst,
      excerpt: f.excerpt,
      dateline: f.dateline,
      section: { connect: { id: f.sectionId } },
      featuredImage: f.featuredImageId ? { connect: { id: f.featuredImageId } } : { disconnect: true },
      socialImage: f.socialImageId ? { connect: { id: f.socialImageId } } : { disconnect: true },
      metaTitle: f.metaTitle || null,
      metaDescription: f.metaDescription || null,
      featured: f.featured,
      breaking: f.breaking,
      embargoUntil: f.embargoUntil ? new Date(f.embargoUntil) : null,
      ...deriveBodyFields(f.body),
      tags: { create: tagIds.map((tagId, position) => ({ tagId, position })) },
      authors: { create: [...new Set(f.authorIds)].map((userId, position) => ({ userId, position })) },
      ...extra,
    },
    include: { section: { select: { slug: true } } },
  });
}
