import type { PrismaClient } from "@/lib/db/client";
import { imageSelect, toImage } from "../reshape";
import type { Author, Section, SiteSettings, TagSummary } from "../types";
import { publishedLinkWhere } from "../visibility";

export const DEFAULT_SETTINGS: SiteSettings = {
  siteName: "Broadsheet",
  description: "An independent news publication.",
  locale: "en-GB",
  timeZone: "UTC",
};

export async function findSettings(db: PrismaClient): Promise<SiteSettings> {
  const row = await db.setting.findUnique({ where: { id: "site" } });
  return row
    ? { siteName: row.siteName, description: row.description, locale: row.locale, timeZone: row.timeZone }
    : DEFAULT_SETTINGS;
}

export function findSections(db: PrismaClient): Promise<Section[]> {
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true, description: true },
  });
}

export function findSection(db: PrismaClient, slug: string): Promise<Section | null> {
  return db.section.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
}

export function findTag(db: PrismaClient, slug: string): Promise<(TagSummary & { id: string }) | null> {
  return db.tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
}

/** An author with a byline on at least one published story; desk-only accounts stay private. */
export async function findAuthor(db: PrismaClient, slug: string, now = new Date()): Promise<Author | null> {
  const row = await db.user.findFirst({
    where: { slug, bylines: { some: publishedLinkWhere(now) } },
    select: { id: true, name: true, slug: true, bio: true, avatar: { select: imageSelect } },
  });
  return row ? { ...row, avatar: toImage(row.avatar) } : null;
}
