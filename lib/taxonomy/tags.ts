import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { recordRedirect } from "@/lib/articles/redirects";
import { tagPath } from "@/lib/content/paths";
import { isValidSlug, toSlug } from "@/lib/content/slug";
import { UserError } from "@/lib/errors";

export async function createTag(db: PrismaClient, name: string, actorId: string) {
  const slug = toSlug(name);
  if (await db.tag.findUnique({ where: { slug } })) throw new UserError("That tag already exists.", "name");
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.create({ data: { name, slug } });
    await recordAudit(tx, { action: "tag.create", entityType: "Tag", entityId: tag.id, actorId });
    return tag;
  });
}

/** Renames a tag (name and slug); a new slug leaves a redirect at the old address. */
export async function renameTag(db: PrismaClient, id: string, input: { name: string; slug: string }, actorId: string) {
  if (!isValidSlug(input.slug)) throw new UserError("Use lower-case letters, digits and single hyphens.", "slug");
  const current = await db.tag.findUnique({ where: { id } });
  if (!current) throw new UserError("That tag no longer exists.");
  if (input.slug !== current.slug && (await db.tag.findUnique({ where: { slug: input.slug } })))
    throw new UserError("Another tag already uses this slug.", "slug");
  await db.$transaction(async (tx) => {
    await tx.tag.update({ where: { id }, data: input });
    if (input.slug !== current.slug) await recordRedirect(tx, tagPath(current.slug), tagPath(input.slug));
    await recordAudit(tx, {
      action: "tag.update",
      entityType: "Tag",
      entityId: id,
      actorId,
      meta: { from: current.slug, to: input.slug },
    });
  });
  return { before: current.slug, after: input.slug };
}

/** Deletes a tag when unused, or after moving its articles to another tag (a merge). */
export async function deleteTag(db: PrismaClient, id: string, mergeInto: string | null, actorId: string) {
  const tag = await db.tag.findUnique({ where: { id }, include: { _count: { select: { articles: true } } } });
  if (!tag) throw new UserError("That tag no longer exists.");
  const audit = (tx: Prisma.TransactionClient) =>
    recordAudit(tx, {
      action: "tag.delete",
      entityType: "Tag",
      entityId: id,
      actorId,
      meta: { slug: tag.slug, mergedInto: mergeInto },
    });
  if (tag._count.articles > 0) {
    if (!mergeInto || mergeInto === id)
      throw new UserError(
        `${tag._count.articles} articles use this tag: choose a tag to move them to first.`,
        "mergeInto",
      );
    const target = await db.tag.findUnique({ where: { id: mergeInto } });
    if (!target) throw new UserError("Choose a tag that exists.", "mergeInto");
    await db.$transaction(async (tx) => {
      const links = await tx.articleTag.findMany({ where: { tagId: id } });
      for (const link of links) {
        await tx.articleTag.upsert({
          where: { articleId_tagId: { articleId: link.articleId, tagId: target.id } },
          create: { articleId: link.articleId, tagId: target.id, position: link.position },
          update: {},
        });
      }
      await recordRedirect(tx, tagPath(tag.slug), tagPath(target.slug));
      await tx.tag.delete({ where: { id } });
      await audit(tx);
    });
  } else
    await db.$transaction(async (tx) => {
      await tx.tag.delete({ where: { id } });
      await audit(tx);
    });
  return tag.slug;
}
