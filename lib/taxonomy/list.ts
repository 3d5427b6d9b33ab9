import type { PrismaClient } from "@/lib/db/client";

export interface DeskSection {
  id: string;
  name: string;
  slug: string;
  description: string;
  /** Stories in the section, in any status: a section with stories cannot simply be deleted. */
  count: number;
}

export interface DeskTag {
  id: string;
  name: string;
  slug: string;
  count: number;
}

/** Every section in navigation order, for the desk's sections page. */
export async function listSections(db: PrismaClient): Promise<DeskSection[]> {
  const rows = await db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    include: { _count: { select: { articles: true } } },
  });
  return rows.map(({ _count, ...s }) => ({
    id: s.id,
    name: s.name,
    slug: s.slug,
    description: s.description,
    count: _count.articles,
  }));
}

/** Every tag by name, for the desk's tags page. */
export async function listTags(db: PrismaClient): Promise<DeskTag[]> {
  const rows = await db.tag.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { articles: true } } } });
  return rows.map((t) => ({ id: t.id, name: t.name, slug: t.slug, count: t._count.articles }));
}
