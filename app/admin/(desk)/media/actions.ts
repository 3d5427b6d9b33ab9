"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { singleLine } from "@/lib/format/single-line";
import { recordAudit } from "@/lib/audit/record";
import { deskAction, refused } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { canChangeMedia } from "@/lib/media/access";
import { deleteMedia, getMediaItem, updateMediaDetails } from "@/lib/media/library";
import { revalidateMediaUse } from "@/lib/media/revalidate";
import { mediaStorage } from "@/lib/media/storage";

const id = z.string().min(1).max(64);
const gone = { ok: false, message: "This image is no longer in the library." };

export const updateMedia = deskAction(
  {
    schema: z.object({
      id,
      alt: singleLine().max(500, "Keep alt text under 500 characters."),
      caption: singleLine().max(1000, "Keep the caption under 1,000 characters."),
      credit: singleLine().max(200, "Keep the credit under 200 characters."),
      decorative: z
        .literal("on")
        .optional()
        .transform((v) => v === "on"),
    }),
    permission: "media:upload",
  },
  async ({ id, ...details }, user) => {
    const item = await getMediaItem(db, id);
    if (!item) return gone;
    if (!canChangeMedia(user, item.uploader?.id))
      return refused("Only the person who uploaded this image, or an editor, can change it.");
    await updateMediaDetails(db, id, details);
    await recordAudit(db, { action: "media.update", entityType: "Media", entityId: id, actorId: user.id });
    await revalidateMediaUse(id);
    return {
      ok: true,
      message:
        details.alt || details.decorative
          ? "Details saved."
          : "Details saved. This image still needs alt text before a story using it is published.",
    };
  },
);

export const removeMedia = deskAction(
  { schema: z.object({ id }), permission: "media:upload" },
  async ({ id }, user) => {
    const item = await getMediaItem(db, id);
    if (!item) return gone;
    if (!canChangeMedia(user, item.uploader?.id))
      return refused("Only the person who uploaded this image, or an editor, can delete it.");
    const result = await deleteMedia(db, mediaStorage(), id);
    if (!result.ok) {
      return result.reason === "missing"
        ? gone
        : {
            ok: false,
            message: "This image is in use, so it can’t be deleted. Remove it from the stories listed above first.",
          };
    }
    await recordAudit(db, {
      action: "media.delete",
      entityType: "Media",
      entityId: id,
      actorId: user.id,
      meta: { name: item.originalName },
    });
    redirect(`/admin/media?deleted=${encodeURIComponent(item.originalName)}`);
  },
);
