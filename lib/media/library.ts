import type { PrismaClient } from "@/lib/db/client";
import { visibleAtDesk } from "@/lib/articles/desk-visibility";
import { recordAudit, type AuditInput } from "@/lib/audit/record";
import { containsText } from "@/lib/db/text-match";
import { withoutBidiControls } from "@/lib/format/single-line";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Page } from "@/lib/content/types";
import { processImage, type ImageProfile } from "./process";
import type { MediaStorage } from "./storage/types";
import { isUnused, type MediaItem, type MediaUsage, type UsageRole } from "./types";
import { hashFromSrc, mediaSrc, variantsPrefix } from "./urls";

// The media library: add (through the upload pipeline), list, describe and delete images.
// Plain functions of a Prisma client and a store, so tests run them for real.

const itemSelect = {
  id: true,
  storageKey: true,
  originalName: true,
  mimeType: true,
  size: true,
  width: true,
  height: true,
  alt: true,
  decorative: true,
  caption: true,
  credit: true,
  blurDataUrl: true,
  createdAt: true,
  uploader: { select: { id: true, name: true } },
} satisfies Prisma.MediaSelect;

type ItemRow = Prisma.MediaGetPayload<{ select: typeof itemSelect }>;

function toItem(row: ItemRow): MediaItem {
  return { ...row, src: mediaSrc(row.storageKey), createdAt: row.createdAt.toISOString() };
}

export interface AddMediaInput {
  data: Buffer;
  originalName: string;
  uploaderId: string | null;
  profile?: ImageProfile;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** A file name fit to show: no folders, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = withoutBidiControls(base)
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return clean || "image";
}

type Audit = Pick<AuditInput, "actorId" | "meta">;

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/**
 * Runs an upload through the pipeline and records it. The same picture uploaded again is the
 * same stored file: the existing item comes back with `created: false`. A refused file
 * (MediaError) leaves nothing behind; the file is written before its row, and removed again
 * if the row cannot be written. With `audit`, a new row and its "media.upload" entry are written
 * together (a picture already there is not uploaded again, so it records nothing).
 */
export async function addMedia(
  db: PrismaClient,
  storage: MediaStorage,
  input: AddMediaInput,
  audit?: Audit,
): Promise<{ item: MediaItem; created: boolean }> {
  const image = await processImage(input.data, input.profile);
  const existing = await db.media.findUnique({ where: { contentHash: image.contentHash }, select: itemSelect });
  if (existing) return { item: toItem(existing), created: false };

  await storage.put(image.storageKey, image.data, image.mimeType);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.media.create({
        data: {
          storageKey: image.storageKey,
          contentHash: image.contentHash,
          originalName: cleanFileName(input.originalName),
          mimeType: image.mimeType,
          size: image.data.length,
          width: image.width,
          height: image.height,
          blurDataUrl: image.blurDataUrl,
          alt: input.alt ?? "",
          caption: input.caption ?? "",
          credit: input.credit ?? "",
          uploaderId: input.uploaderId,
        },
        select: itemSelect,
      });
      if (audit)
        await recordAudit(tx, {
          action: "media.upload",
          entityType: "Media",
          entityId: created.id,
          ...audit,
          meta: { name: created.originalName, size: created.size, ...audit.meta },
        });
      return created;
    });
    return { item: toItem(row), created: true };
  } catch (e) {
    // Someone stored the same picture a moment earlier: theirs is the one.
    const winner = isUniqueViolation(e)
      ? await db.media.findUnique({ where: { contentHash: image.contentHash }, select: itemSelect })
      : null;
    if (winner) return { item: toItem(winner), created: false };
    await storage.delete(image.storageKey);
    throw e;
  }
}

export const LIBRARY_PAGE_SIZE = 48;

/** The library, newest first, searched by file name, alt text, caption or credit. Avatars are not listed. */
export async function listMedia(
  db: PrismaClient,
  options: { q?: string; page?: number; pageSize?: number } = {},
): Promise<Page<MediaItem>> {
  const q = options.q?.trim().slice(0, 200);
  const pageSize = options.pageSize ?? LIBRARY_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const where: Prisma.MediaWhereInput = {
    avatarOf: { none: {} },
    ...(q
      ? {
          OR: (["originalName", "alt", "caption", "credit"] as const).map((field) => ({
            [field]: containsText(db, q),
          })),
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.media.count({ where }),
    db.media.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: itemSelect,
    }),
  ]);
  return { items: rows.map(toItem), page, total, totalPages: Math.max(1, Math.ceil(total / pageSize)) };
}

export async function getMediaItem(db: PrismaClient | Prisma.TransactionClient, id: string): Promise<MediaItem | null> {
  const row = await db.media.findUnique({ where: { id }, select: itemSelect });
  return row ? toItem(row) : null;
}

/**
 * Where an image appears: as an article's featured or social image, in an article body (body
 * images are linked by their src), or as someone's avatar. Articles in the trash count: they
 * can be restored. With `viewerId` (lib/articles/desk-visibility.ts), stories that person may
 * not see are counted in `unnamed`, not named: a headline is not theirs to read here either.
 */
export async function findMediaUsage(
  db: PrismaClient | Prisma.TransactionClient,
  media: { id: string; storageKey: string },
  viewerId?: string,
): Promise<MediaUsage> {
  const bodyRef = `"${mediaSrc(media.storageKey)}"`;
  const [articles, avatarOf] = await Promise.all([
    db.article.findMany({
      where: { OR: [{ featuredImageId: media.id }, { socialImageId: media.id }, { body: { contains: bodyRef } }] },
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        title: true,
        status: true,
        deletedAt: true,
        featuredImageId: true,
        socialImageId: true,
        body: true,
      },
    }),
    db.user.findMany({ where: { avatarId: media.id }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const named =
    viewerId === undefined
      ? null
      : new Set(
          (
            await db.article.findMany({
              where: { id: { in: articles.map((a) => a.id) }, ...visibleAtDesk(viewerId) },
              select: { id: true },
            })
          ).map((a) => a.id),
        );
  const shown = named ? articles.filter((a) => named.has(a.id)) : articles;
  return {
    unnamed: articles.length - shown.length,
    articles: shown.map((a) => {
      const roles: UsageRole[] = [];
      if (a.featuredImageId === media.id) roles.push("featured");
      if (a.socialImageId === media.id) roles.push("social");
      if (a.body.includes(bodyRef)) roles.push("body");
      return { id: a.id, title: a.title, status: a.status, inTrash: a.deletedAt !== null, roles };
    }),
    avatarOf,
  };
}

export interface MediaDetails {
  alt: string;
  decorative: boolean;
  caption: string;
  credit: string;
}

/**
 * Changes an item's words; fields left out stay as they are (e.g. only alt text from a publish
 * check). With `audit`, the change and its audit entry are written together.
 */
export async function updateMediaDetails(
  db: PrismaClient,
  id: string,
  details: Partial<MediaDetails>,
  audit?: Audit,
): Promise<MediaItem> {
  const update = db.media.update({ where: { id }, data: details, select: itemSelect });
  if (!audit) return toItem(await update);
  const [row] = await db.$transaction([
    update,
    recordAudit(db, { action: "media.update", entityType: "Media", entityId: id, ...audit }),
  ]);
  return toItem(row);
}

export type DeleteResult =
  { ok: true; item: MediaItem } | { ok: false; reason: "missing" } | { ok: false; reason: "in-use"; usage: MediaUsage };

/** Deletes an image nobody uses: its row, its original and every resized copy. */
export async function deleteMedia(
  db: PrismaClient,
  storage: MediaStorage,
  id: string,
  audit?: Audit,
): Promise<DeleteResult> {
  const result = await db.$transaction(async (tx): Promise<DeleteResult> => {
    const item = await getMediaItem(tx, id);
    if (!item) return { ok: false, reason: "missing" };
    const usage = await findMediaUsage(tx, item);
    if (!isUnused(usage)) return { ok: false, reason: "in-use", usage };
    await tx.media.delete({ where: { id } });
    if (audit) {
      await recordAudit(tx, {
        action: "media.delete",
        entityType: "Media",
        entityId: id,
        ...audit,
        meta: { name: item.originalName, ...audit.meta },
      });
    }
    return { ok: true, item };
  });
  // A file is shared by identical uploads, so it goes only if no row has taken it up again since.
  if (
    result.ok &&
    !(await db.media.findUnique({ where: { storageKey: result.item.storageKey }, select: { id: true } }))
  ) {
    await storage.delete(result.item.storageKey);
    const hash = hashFromSrc(result.item.src);
    if (hash) await storage.deletePrefix(variantsPrefix(hash));
  }
  return result;
}
