import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/db/client";
import { deriveBodyFields } from "@/lib/content/derive";
import { toSlug } from "@/lib/content/slug";
import { parseDocument } from "@/lib/editor/document";
import { documentFromMarkdown, type ImageRef } from "@/lib/editor/from-markdown";
import { addMedia } from "@/lib/media/library";
import type { MediaStorage } from "@/lib/media/storage/types";
import { articles as afghanistan } from "./articles/afghanistan-region";
import { articles as analysis } from "./articles/analysis";
import { articles as business } from "./articles/business";
import { articles as explainers } from "./articles/explainers";
import { articles as pakistan } from "./articles/pakistan";
import { articles as technology } from "./articles/technology";
import { articles as world } from "./articles/world";
import { CREDIT, images } from "./images";
import { seedNewsroomDemo } from "./newsroom";
import { seedLiveAndBudget } from "./live-and-budget";
import { authors, sections, site } from "./people";
import type { DemoArticle } from "./types";

export const demoArticles: DemoArticle[] = [
  ...world,
  ...pakistan,
  ...afghanistan,
  ...business,
  ...technology,
  ...analysis,
  ...explainers,
];

const HOUR = 3_600_000;
const IMAGES_DIR = path.join(process.cwd(), "prisma/demo/images");
const UTC_OFFSET_HOURS = 5; // demo times are written in the publication's zone (Asia/Karachi)

/** When a demo story was published: `daysAgo` days before `now`, at `hour` local time, never in the future. */
export function demoTime(a: Pick<DemoArticle, "daysAgo" | "hour">, now: Date): Date {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - a.daysAgo * 24 * HOUR;
  const at = new Date(day + (a.hour - UTC_OFFSET_HOURS) * HOUR);
  return a.daysAgo >= 0 && at > now ? new Date(now.getTime() - HOUR) : at;
}

/** The demo illustrations enter the media library the way an upload does: the same pipeline and records. */
async function importDemoImages(
  db: PrismaClient,
  storage: MediaStorage,
): Promise<Map<string, ImageRef & { mediaId: string }>> {
  const refs = new Map<string, ImageRef & { mediaId: string }>();
  for (const img of images) {
    const data = await readFile(path.join(IMAGES_DIR, `${img.key}.webp`));
    const { item } = await addMedia(db, storage, {
      data,
      originalName: `${img.key}.webp`,
      uploaderId: null,
      alt: img.alt,
      caption: img.caption,
      credit: CREDIT,
    });
    refs.set(img.key, { mediaId: item.id, src: item.src, width: item.width, height: item.height, credit: item.credit });
  }
  return refs;
}

/** Fills an empty database with the demo publication. Returns false (and writes nothing) if content exists. */
export async function seedDemoContent(db: PrismaClient, storage: MediaStorage, now = new Date()): Promise<boolean> {
  if ((await db.article.count()) > 0 || (await db.setting.count()) > 0) return false;

  // Outside the transaction: files are written before their rows, and a rerun finds them again.
  const media = await importDemoImages(db, storage);

  await db.$transaction(
    async (tx) => {
      await tx.setting.create({ data: { id: "site", ...site } });
      const sectionIds = new Map<string, string>();
      for (const [position, s] of sections.entries()) {
        sectionIds.set(s.slug, (await tx.section.create({ data: { ...s, position } })).id);
      }
      const userIds = new Map<string, string>();
      for (const a of authors) {
        const role = a.slug === "hannah-weiss" ? "EDITOR" : "AUTHOR";
        userIds.set(a.slug, (await tx.user.create({ data: { ...a, role, passwordHash: null } })).id);
      }
      const tagIds = new Map<string, string>();
      for (const name of new Set(demoArticles.flatMap((a) => a.tags))) {
        tagIds.set(name, (await tx.tag.create({ data: { name, slug: toSlug(name) } })).id);
      }

      const resolveImage = (key: string) => media.get(key);

      for (const a of demoArticles) {
        const parsed = parseDocument(documentFromMarkdown(a.body, resolveImage));
        if (!parsed.ok) throw new Error(`Demo article ${a.slug}: ${parsed.error}`);
        const status = a.status ?? "PUBLISHED";
        const when = demoTime(a, now);
        const sectionId = sectionIds.get(a.section);
        if (!sectionId) throw new Error(`Demo article ${a.slug}: unknown section ${a.section}`);
        const article = await tx.article.create({
          data: {
            slug: a.slug,
            title: a.title,
            standfirst: a.standfirst,
            excerpt: a.excerpt,
            ...deriveBodyFields(parsed.doc),
            status,
            publishedAt: status === "PUBLISHED" || status === "ARCHIVED" ? when : null,
            scheduledFor: status === "SCHEDULED" ? when : null,
            createdAt: new Date(Math.min(when.getTime(), now.getTime()) - 6 * HOUR),
            dateline: a.dateline,
            featured: a.featured ?? false,
            sectionId,
            featuredImageId: a.image ? media.get(a.image)?.mediaId : undefined,
            lastEditorId: userIds.get(a.authors[0]!),
            authors: {
              create: a.authors.map((slug, position) => {
                const userId = userIds.get(slug);
                if (!userId) throw new Error(`Demo article ${a.slug}: unknown author ${slug}`);
                return { userId, position };
              }),
            },
            tags: { create: a.tags.map((name, position) => ({ tagId: tagIds.get(name)!, position })) },
          },
        });
        await tx.revision.create({
          data: {
            articleId: article.id,
            version: 1,
            reason: "import",
            authorId: userIds.get(a.authors[0]!),
            snapshot: JSON.stringify({
              title: a.title,
              standfirst: a.standfirst,
              excerpt: a.excerpt,
              body: parsed.doc,
            }),
          },
        });
      }
      await seedNewsroomDemo(tx, now);
    },
    { timeout: 120_000 },
  );
  await seedLiveAndBudget(db, now);
  return true;
}
