import type { PrismaClient } from "@/lib/db/client";
import { can, type Role } from "@/lib/auth/permissions";
import { toSlug } from "@/lib/content/slug";
import type { ArticleFields } from "./fields";

export type FieldErrors = Partial<Record<keyof ArticleFields, string>>;

/** Checks against the database that zod cannot: references exist, the slug is free. */
export async function checkFields(
  db: PrismaClient,
  articleId: string,
  f: ArticleFields,
  user: { id: string; role: Role },
): Promise<{ fields: ArticleFields; errors: FieldErrors }> {
  const errors: FieldErrors = {};
  const fields = { ...f, slug: f.slug || toSlug(f.title || "untitled") };
  const [section, authors, clash, images] = await Promise.all([
    db.section.findUnique({ where: { id: f.sectionId }, select: { id: true } }),
    db.user.findMany({ where: { id: { in: f.authorIds } }, select: { id: true } }),
    db.article.findFirst({ where: { slug: fields.slug, id: { not: articleId } }, select: { id: true } }),
    db.media.findMany({
      where: { id: { in: [f.featuredImageId, f.socialImageId].filter((x): x is string => !!x) } },
      select: { id: true },
    }),
  ]);
  if (!section) errors.sectionId = "Choose a section that exists.";
  if (authors.length !== new Set(f.authorIds).size) errors.authorIds = "Every author must be a known person.";
  else if (!can(user.role, "article:edit-any") && !f.authorIds.includes(user.id))
    errors.authorIds = "Keep yourself in the byline, or you could no longer edit this story.";
  if (clash) errors.slug = "Another article already uses this slug.";
  if (f.featuredImageId && !images.some((m) => m.id === f.featuredImageId))
    errors.featuredImageId = "That image no longer exists.";
  if (f.socialImageId && !images.some((m) => m.id === f.socialImageId))
    errors.socialImageId = "That image no longer exists.";
  return { fields, errors };
}
