import type { NextRequest } from "next/server";
import { revalidateAuthor } from "@/lib/content/revalidate";
import { db } from "@/lib/db";
import { setAvatarFromUpload } from "@/lib/media/avatar";
import { answerUpload, uploadRequest } from "@/lib/media/http";
import { mediaStorage } from "@/lib/media/storage";

// POST /api/media/avatar?name=<file name>, body: the photo's bytes. Makes a square crop of it the
// signed-in user's avatar. 201 { src } or 4xx { error }, as /api/media.

export async function POST(request: NextRequest) {
  const upload = await uploadRequest(request, "profile:edit-own");
  if (upload instanceof Response) return upload;
  const { user, data } = upload;
  return answerUpload(async () => {
    const item = await setAvatarFromUpload(
      db,
      mediaStorage(),
      user,
      data,
      request.nextUrl.searchParams.get("name") ?? "avatar",
    );
    await revalidateAuthor(user.id, user.slug);
    return Response.json({ src: item.src }, { status: 201 });
  });
}
