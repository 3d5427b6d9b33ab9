import type { PrismaClient } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { deriveBodyFields } from "@/lib/content/derive";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";

let counter = 0;
const next = () => ++counter;

export async function makeSection(db: PrismaClient, slug = `section-${next()}`, position = 0) {
  return db.section.create({ data: { slug, name: slug.replace(/-/g, " "), position } });
}

export async function makeAuthor(db: PrismaClient, slug = `author-${next()}`) {
  return db.user.create({
    data: { slug, name: slug, email: `${slug}@example.test`, bio: `Bio of ${slug}`, role: "AUTHOR" },
  });
}

export async function makeTag(db: PrismaClient, slug = `tag-${next()}`) {
  return db.tag.create({ data: { slug, name: slug } });
}

export interface ArticleInput {
  sectionId: string;
  authorIds?: string[];
  tagIds?: string[];
  status?: ArticleStatus;
  publishedAt?: Date | null;
  featured?: boolean;
  deletedAt?: Date | null;
  slug?: string;
  title?: string;
  standfirst?: string;
  body?: string;
}

export async function makeArticle(db: PrismaClient, input: ArticleInput) {
  const n = next();
  const status = input.status ?? "PUBLISHED";
  return db.article.create({
    data: {
      slug: input.slug ?? `story-${n}`,
      title: input.title ?? `Story ${n}`,
      standfirst: input.standfirst ?? "",
      excerpt: `Excerpt ${n}`,
      ...deriveBodyFields(documentFromMarkdown(input.body ?? `Body of story ${n}.`)),
      status,
      publishedAt:
        input.publishedAt === undefined
          ? status === "PUBLISHED"
            ? new Date(Date.now() - n * 60_000)
            : null
          : input.publishedAt,
      featured: input.featured ?? false,
      deletedAt: input.deletedAt ?? null,
      sectionId: input.sectionId,
      authors: { create: (input.authorIds ?? []).map((userId, position) => ({ userId, position })) },
      tags: { create: (input.tagIds ?? []).map((tagId, position) => ({ tagId, position })) },
    },
  });
}
