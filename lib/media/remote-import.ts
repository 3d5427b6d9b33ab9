import type { PrismaClient } from "@/lib/db/client";
import { addMedia } from "./library";
import { fetchRemoteImage, type RemoteFetchOptions } from "./remote-fetch";
import type { MediaStorage } from "./storage/types";

// A picture pasted from another site, taken into the media library: fetched safely
// (./remote-fetch.ts), then through the upload pipeline like any file (the same type, size and
// pixel checks, re-encoded, no metadata kept). The audit entry names where it came from.

export async function importRemoteImage(
  db: PrismaClient,
  storage: MediaStorage,
  input: { url: string; userId: string },
  options?: RemoteFetchOptions,
) {
  const fetched = await fetchRemoteImage(input.url, options);
  return addMedia(
    db,
    storage,
    { data: fetched.data, originalName: fetched.name, uploaderId: input.userId },
    { actorId: input.userId, meta: { importedFrom: fetched.url } },
  );
}
