import type { NextRequest } from "next/server";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { answerUpload, jsonError, uploadRequest } from "@/lib/media/http";
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

export async function POST(request: NextRequest) {
  const upload = await uploadRequest(request, "media:upload");
  if (upload instanceof Response) return upload;
  const { user, data } = upload;
  return answerUpload(async () => {
    const { item, created } = await addMedia(db, mediaStorage(), {
      data,
      originalName: request.nextUrl.searchParams.get("name") ?? "",
      uploaderId: user.id,
    });
    if (created)
      await recordAudit(db, {
        action: "media.upload",
        entityType: "Media",
        entityId: item.id,
        actorId: user.id,
        meta: { name: item.originalName, size: item.size },
      });
    return Response.json({ image: toPicked(item), item, duplicate: !created }, { status: created ? 201 : 200 });
  });
}

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return jsonError("Your session has ended. Sign in again.", 401);
  if (!can(user.role, "media:upload")) return jsonError("You don’t have permission to use the media library.", 403);
  const params = request.nextUrl.searchParams;
  const page = Math.min(500, Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1));
  const result = await listMedia(db, { q: params.get("q") ?? "", page, pageSize: 24 });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
