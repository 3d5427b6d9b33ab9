import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { recordRedirect } from "@/lib/articles/redirects";
import { articlePath, RESERVED_SLUGS, sectionPath } from "@/lib/content/paths";
import { isValidSlug, toSlug } from "@/lib/content/slug";
import { UserError } from "@/lib/errors";

function checkSlug(slug: string) {
  if (!isValidSlug(slug)) throw new UserError("Use lower-case letters, digits and single hyphens.", "slug");
  if (RESERVED_SLUGS.has(slug)) throw new UserError(`“${slug}” is reserved for another part of the site.`, "slug");
}

export async function createSection(
  db: PrismaClient,
  input: { name: string; slug?: string; description?: string },
  actorId: string,
) {
  const slug = input.slug || toSlug(input.name);
  checkSlug(slug);
  if (await db.section.findUnique({ where: { slug } }))
    throw new UserError("Another section already uses this slug.", "slug");
  const last = await db.section.findFirst({ orderBy: { position: "desc" }, select: { position: true } });
  return db.$transaction(async (tx) => {
    const section = await tx.section.create({
      data: { name: input.name, slug, description: input.description ?? "", position: (last?.position ?? -1) + 1 },
    });
    await recordAudit(tx, { action: "section.create", entityType: "Section", entityId: section.id, actorId });
    return section;
  });
}

/** Renames a section; a new slug moves the section page and every story URL under it, with redirects. */
export async function updateSection(
  db: PrismaClient,
  id: string,
  input: { name: string; slug: string; description: string },
  actorId: string,
) {
  checkSlug(input.slug);
  const current = await db.section.findUnique({ where: { id } });
  if (!current) throw new UserError("That section no longer exists.");
  if (input.slug !== current.slug && (await db.section.findUnique({ where: { slug: input.slug } })))
    throw new UserError("Another section already uses this slug.", "slug");
  await db.$transaction(async (tx) => {
    await tx.section.update({ where: { id }, data: input });
    if (input.slug !== current.slug) {
      await recordRedirect(tx, sectionPath(current.slug), sectionPath(input.slug));
      const moved = await tx.article.findMany({
        where: { sectionId: id, publishedAt: { not: null } },
        select: { slug: true },
      });
      for (const a of moved)
        await recordRedirect(tx, articlePath(current.slug, a.slug), articlePath(input.slug, a.slug));
    }
    await recordAudit(tx, {
      action: "section.update",
      entityType: "Section",
      entityId: id,
      actorId,
      meta: { from: current.slug, to: input.slug },
    });
  });
  return { before: current.slug, after: input.slug };
}

/** Moves a section one place up or down in the navigation. */
export async function moveSection(db: PrismaClient, id: string, direction: "up" | "down") {
  const sections = await db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true } });
  const i = sections.findIndex((s) => s.id === id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= sections.length) return;
  [sections[i], sections[j]] = [sections[j]!, sections[i]!];
  await db.$transaction(sections.map((s, position) => db.section.update({ where: { id: s.id }, data: { position } })));
}

/** Deletes a section only when empty, or after moving its articles to another section. */
export async function deleteSection(db: PrismaClient, id: string, moveTo: string | null, actorId: string) {
  const section = await db.section.findUnique({ where: { id }, include: { _count: { select: { articles: true } } } });
  if (!section) throw new UserError("That section no longer exists.");
  const audit = (tx: Prisma.TransactionClient) =>
    recordAudit(tx, {
      action: "section.delete",
      entityType: "Section",
      entityId: id,
      actorId,
      meta: { slug: section.slug, movedTo: moveTo },
    });
  if (section._count.articles > 0) {
    if (!moveTo || moveTo === id)
      throw new UserError(
        `This section has ${section._count.articles} articles: choose a section to move them to first.`,
        "moveTo",
      );
    const target = await db.section.findUnique({ where: { id: moveTo } });
    if (!target) throw new UserError("Choose a section that exists.", "moveTo");
    await db.$transaction(async (tx) => {
      const moved = await tx.article.findMany({
        where: { sectionId: id, publishedAt: { not: null } },
        select: { slug: true },
      });
      for (const a of moved)
        await recordRedirect(tx, articlePath(section.slug, a.slug), articlePath(target.slug, a.slug));
      await recordRedirect(tx, sectionPath(section.slug), sectionPath(target.slug));
      await tx.article.updateMany({ where: { sectionId: id }, data: { sectionId: target.id } });
      await tx.section.delete({ where: { id } });
      await audit(tx);
    });
  } else {
    await db.$transaction(async (tx) => {
      await tx.section.delete({ where: { id } });
      await audit(tx);
    });
  }
  return section.slug;
}
