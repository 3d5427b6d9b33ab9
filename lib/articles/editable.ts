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
  /** What readers see (for a published story) or the story itself (otherwise). */
  fields: ArticleFields;
  /** The desk's edits to a published or scheduled story that readers don't see until Update. */
  draft: { fields: ArticleFields; at: string } | null;
}

/** The fields the editor works on: the working copy where there is one. */
export const editingFields = (a: Pick<EditableArticle, "fields" | "draft">) => a.draft?.fields ?? a.fields;

export const editableInclude = {
  section: { select: { slug: true } },
  tags: { orderBy: { position: "asc" as const }, select: { tag: { select: { name: true } } } },
  authors: { orderBy: { position: "asc" as const }, select: { userId: true } },
  workingCopy: { select: { fields: true, updatedAt: true } },
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
    draft: row.workingCopy
      ? { fields: parseStoredFields(row.workingCopy.fields), at: row.workingCopy.updatedAt.toISOString() }
      : null,
  };
}

/** A working copy was checked when saved; a stored body that no longer parses still opens. */
function parseStoredFields(json: string): ArticleFields {
  const fields = JSON.parse(json) as ArticleFields;
  const body = parseDocument(fields.body);
  return { ...fields, body: body.ok ? body.doc : emptyDocument() };
}

export async function loadEditable(db: PrismaClient, id: string): Promise<EditableArticle | null> {
  const row = await findRow(db, id);
  return row ? toEditable(row) : null;
}
