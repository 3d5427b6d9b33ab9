import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { done } from "@/lib/actions/result";
import { allowedTo } from "@/lib/auth/permissions";
import { revalidateAuthor } from "@/lib/content/revalidate";
import { db } from "@/lib/db";
import { setAvatarFromUpload } from "@/lib/media/avatar";
import { UPLOAD_ROUTE } from "@/lib/media/upload-route";
import { mediaStorage } from "@/lib/media/storage";

// POST /api/media/avatar?name=<file name>, body: the photo's bytes. Makes a square crop of it the
// signed-in user's avatar. 201 { src } or 4xx { error }, as /api/media.

export const POST = defineRoute({
  ...UPLOAD_ROUTE,
  query: z.object({ name: z.string().default("avatar") }),
  authorize: allowedTo("profile:edit-own"),
  run: async ({ name }, { user, body }) =>
    done({ src: (await setAvatarFromUpload(db, mediaStorage(), user, body, name)).src }),
  revalidate: (_value, { user }) => revalidateAuthor(user.id, user.slug),
  reply: ({ src }) => ({ status: 201, json: { src } }),
});
