import type { PrismaClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { mediaErrors } from "./errors";
import { addMedia, deleteMedia, getMediaItem } from "./library";
import type { MediaStorage } from "./storage/types";
import type { MediaItem } from "./types";

// A person's avatar is a square crop made by the same pipeline as every upload, kept as its own
// media record (hidden from the library grid) and replaced, not accumulated.

async function replaceAvatar(
  db: PrismaClient,
  storage: MediaStorage,
  userId: string,
  avatarId: string | null,
  meta?: Record<string, unknown>,
): Promise<void> {
  const before = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { avatarId: true } });
  // The person changes their own photo: the change and its audit entry are one write.
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { avatarId } }),
    recordAudit(db, {
      action: avatarId ? "user.avatar" : "user.avatar-removed",
      entityType: "User",
      entityId: userId,
      actorId: userId,
      meta,
    }),
  ]);
  // The old crop goes when nothing else shows it; deleteMedia refuses if something does.
  if (before.avatarId && before.avatarId !== avatarId) await deleteMedia(db, storage, before.avatarId);
}

/** Makes an uploaded photo the user's avatar. Throws MediaError for a refused file. */
export async function setAvatarFromUpload(
  db: PrismaClient,
  storage: MediaStorage,
  user: { id: string; name: string },
  data: Buffer,
  originalName: string,
  meta?: Record<string, unknown>,
): Promise<MediaItem> {
  const { item } = await addMedia(db, storage, {
    data,
    originalName,
    uploaderId: user.id,
    profile: "avatar",
    alt: user.name,
  });
  await replaceAvatar(db, storage, user.id, item.id, meta);
  return item;
}

/** Makes a square crop of a library image the user's avatar; null when there is no such image. */
export async function setAvatarFromLibrary(
  db: PrismaClient,
  storage: MediaStorage,
  user: { id: string; name: string },
  mediaId: string,
): Promise<MediaItem | null> {
  const source = await getMediaItem(db, mediaId);
  if (!source) return null;
  const data = await storage.get(source.storageKey);
  if (!data) throw mediaErrors.damaged();
  return setAvatarFromUpload(db, storage, user, data, source.originalName, { from: mediaId });
}

export async function removeAvatar(db: PrismaClient, storage: MediaStorage, userId: string): Promise<void> {
  await replaceAvatar(db, storage, userId, null);
}
