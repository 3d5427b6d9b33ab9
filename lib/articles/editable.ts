import type { PrismaClient } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { emptyDocument, parseDocument } from "@/lib/editor/document";
import type { ArticleFields } from "./fields";

export interface EditableArticle {
  id: string;
  status: ArticleStatus;
  version: number;
  publishedAt: string | null;
  scheduledFor: string | null;
  revisedAt: string | null;
  deletedAt: string | null;
  updatedAt: string;
  sectionSlug: string;
  fields: ArticleFields;
}

export const editableInclude = {
  section: { select: { slug: true } },
  tags: { orderBy: { position: "asc" as const }, select: { tag: { select: { name: true } } } },
  authors: { orderBy: { position: "asc" as const }, select: { userId: true } },
};

type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;
const findRow = (db: PrismaClient, id: string) => db.article.findUnique({ where: { id }, include: editableInclude });

export function toFields(row: Row): ArticleFields {
  const body = parseDocument(row.body);
  return {
    title: row.title,
    slug: row.slug,
    standfirst: row.standfirst,
    excerpt: row.excerpt,
    dateline: row.dateline,
    sectionId: row.sectionId,
    tags: row.tags.map((t) => t.tag.name),
    authorIds: row.authors.map((a) => a.userId),
    featuredImageId: row.featuredImageId,
    socialImageId: row.socialImageId,
    metaTitle: row.metaTitle ?? "",
    metaDescription: row.metaDescription ?? "",
    featured: row.featured,
    breaking: row.breaking,
    embargoUntil: row.embargoUntil?.toISOString() ?? null,
    body: body.ok ? body.doc : emptyDocument(),
  };
}

export function toEditable(row: Row): EditableArticle {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    scheduledFor: row.scheduledFor?.toISOString() ?? null,
    revisedAt: row.revisedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    sectionSlug: row.section.slug,
    fields: toFields(row),
  };
}

export async function loadEditable(db: PrismaClient, id: string): Promise<EditableArticle | null> {
  const row = await findRow(db, id);
  return row ? toEditable(row) : null;
}
