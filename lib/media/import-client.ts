import type { PickedImage } from "./types";

// Browser side of the import of a picture pasted from another site (POST /api/media/import).
// Never rejects: a refusal or a lost connection is the words to show beside the placeholder.

export type ImportResult = { ok: true; image: PickedImage } | { ok: false; error: string };

export async function importImage(src: string): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch(`/api/media/import?url=${encodeURIComponent(src)}`, { method: "POST" });
  } catch {
    return { ok: false, error: "The server could not be reached: check the connection, then try again." };
  }
  const body = (await response.json().catch(() => null)) as { image?: PickedImage; error?: string } | null;
  if (response.ok && body?.image) return { ok: true, image: body.image };
  return { ok: false, error: body?.error ?? `The import failed (${response.status}): try again.` };
}
