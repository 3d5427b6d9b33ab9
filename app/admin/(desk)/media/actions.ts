"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { done, fail } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { singleLine } from "@/lib/format/single-line";
import { mayChangeMedia } from "@/lib/media/access";
import { deleteMedia, getMediaItem, updateMediaDetails } from "@/lib/media/library";
import { revalidateMediaUse } from "@/lib/media/revalidate";
import { mediaStorage } from "@/lib/media/storage";

const id = z.string().min(1).max(64);
const GONE = "This image is no longer in the library.";
const loadItem = ({ id: mediaId }: { id: string }) => getMediaItem(db, mediaId);

export const updateMedia = defineAction({
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
  load: loadItem,
  notFound: GONE,
  authorize: mayChangeMedia,
  forbidden: "Only the person who uploaded this image, or an editor, can change it.",
  run: async ({ id: mediaId, ...details }, { user }) => {
    await updateMediaDetails(db, mediaId, details, { actorId: user.id });
    return done(
      {},
      details.alt || details.decorative
        ? "Details saved."
        : "Details saved. This image still needs alt text before a story using it is published.",
    );
  },
  revalidate: (_value, { input }) => revalidateMediaUse(input.id),
});

export const removeMedia = defineAction({
  schema: z.object({ id }),
  load: loadItem,
  notFound: GONE,
  authorize: mayChangeMedia,
  forbidden: "Only the person who uploaded this image, or an editor, can delete it.",
  run: async ({ id: mediaId }, { user }) => {
    const result = await deleteMedia(db, mediaStorage(), mediaId, { actorId: user.id });
    if (result.ok) return done({ name: result.item.originalName });
    if (result.reason === "missing") return fail("not-found", GONE);
    return fail(
      "conflict",
      "This image is in use, so it can’t be deleted. Remove it from the stories listed above first.",
    );
  },
  redirect: ({ name }) => `/admin/media?deleted=${encodeURIComponent(name)}`,
});
