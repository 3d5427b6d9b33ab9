import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { done } from "@/lib/actions/result";
import { allowedTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { importRemoteImage } from "@/lib/media/remote-import";
import { mediaStorage } from "@/lib/media/storage";
import { toPicked } from "@/lib/media/types";
import { UPLOAD_ROUTE } from "@/lib/media/upload-route";

// A picture pasted or dropped from another site, taken into the media library by the server.
//   POST /api/media/import?url=<the image's http or https address>   (no body)
//     201 { image: PickedImage, item: MediaItem, duplicate: false }   imported
//     200 { ..., duplicate: true }                                      the same picture was already there
//     4xx { error }                                                     refused, with the reason to show
export const POST = defineRoute({
  unauthenticated: UPLOAD_ROUTE.unauthenticated,
  forbidden: UPLOAD_ROUTE.forbidden,
  query: z.object({ url: z.string().trim().min(1).max(2048) }),
  authorize: allowedTo("media:upload"),
  run: async ({ url }, { user }) => done(await importRemoteImage(db, mediaStorage(), { url, userId: user.id })),
  reply: ({ item, created }) => ({
    status: created ? 201 : 200,
    json: { image: toPicked(item), item, duplicate: !created },
  }),
});
