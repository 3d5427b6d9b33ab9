import type { PrismaClient } from "@/lib/db/client";

// The choices the desk's forms offer (section, byline, assignee, library image), read here so that
// pages hold no queries of their own.

export interface NamedOption {
  id: string;
  name: string;
}

/** Sections in the order of the site's navigation. */
export function sectionOptions(db: PrismaClient): Promise<NamedOption[]> {
  return db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } });
}

/** People who may be given a byline or a budget item: active accounts, by name. */
export function activePeople(db: PrismaClient): Promise<NamedOption[]> {
  return db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** People with at least one byline, whatever its status: the articles list's author filter. */
export function bylinedPeople(db: PrismaClient): Promise<NamedOption[]> {
  return db.user.findMany({
    where: { bylines: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The newest library images, named by their alt text (shortened) and file name. */
export async function mediaOptions(db: PrismaClient, limit = 200): Promise<{ id: string; label: string }[]> {
  const media = await db.media.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, originalName: true, alt: true },
  });
  return media.map((m) => ({
    id: m.id,
    label: m.alt ? `${m.alt.slice(0, 60)} (${m.originalName})` : m.originalName,
  }));
}
