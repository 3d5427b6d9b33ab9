import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { done } from "@/lib/actions/result";
import { allowedTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { UPLOAD_ROUTE } from "@/lib/media/upload-route";
import { addMedia, listMedia } from "@/lib/media/library";
import { mediaStorage } from "@/lib/media/storage";
import { toPicked } from "@/lib/media/types";

// The media library over HTTP, for the desk's upload and picker components.
//   POST /api/media?name=<file name>   body: the file's bytes (not multipart), at most 20 MB
//     201 { image: PickedImage, item: MediaItem, duplicate: false }   a new image
//     200 { ..., duplicate: true }                                      the same picture was already there
//     4xx { error }                                                     refused, with the reason to show
//   GET /api/media?q=<search>&page=<n>  200 { items: MediaItem[], page, totalPages, total }
// A route handler rather than a server action: actions cap bodies at 1 MB and buffer them whole.

export const POST = defineRoute({
  ...UPLOAD_ROUTE,
  query: z.object({ name: z.string().default("") }),
  authorize: allowedTo("media:upload"),
  run: async ({ name }, { user, body }) =>
    done(
      await addMedia(db, mediaStorage(), { data: body, originalName: name, uploaderId: user.id }, { actorId: user.id }),
    ),
  reply: ({ item, created }) => ({
    status: created ? 201 : 200,
    json: { image: toPicked(item), item, duplicate: !created },
  }),
});

/** Any page number a person or a link can give: out of range or not a number is the nearest page. */
const pageNumber = (page: string | undefined) => Math.min(500, Math.max(1, Number.parseInt(page ?? "1", 10) || 1));

export const GET = defineRoute({
  query: z.object({ q: z.string().default(""), page: z.string().optional().transform(pageNumber) }),
  authorize: allowedTo("media:upload"),
  forbidden: "You don’t have permission to use the media library.",
  run: async ({ q, page }) => done({ listing: await listMedia(db, { q, page, pageSize: 24 }) }),
  reply: ({ listing }) => ({ json: listing }),
});
