import { mediaStorage } from "@/lib/media/storage";
import { MASTER_MIME, parseMediaPath, VARIANT_MIME } from "@/lib/media/urls";
import { getVariant } from "@/lib/media/variants";

// Serves the media library to readers: originals at /media/<hash>.<ext> and resized copies at
// /media/<hash>/<width>.<avif|webp|jpg> (made on first request, then kept). A URL names its
// content by hash, so its bytes never change and every answer is cached as immutable.

const IMMUTABLE = "public, max-age=31536000, immutable";

function notFound() {
  // Briefly: an image deleted and uploaded again comes back at the same address.
  return new Response("Not found", {
    status: 404,
    headers: { "Cache-Control": "public, max-age=60", "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const parsed = parseMediaPath((await params).path.join("/"));
  if (!parsed) return notFound();

  const storage = mediaStorage();
  const [data, type, tag] =
    parsed.kind === "master"
      ? [await storage.get(parsed.key), MASTER_MIME[parsed.ext], parsed.key]
      : [
          await getVariant(storage, parsed.hash, parsed.width, parsed.format),
          VARIANT_MIME[parsed.format],
          `${parsed.hash}-${parsed.width}.${parsed.format}`,
        ];
  if (!data) return notFound();

  const headers = { "Cache-Control": IMMUTABLE, ETag: `"${tag}"`, "X-Content-Type-Options": "nosniff" };
  if (request.headers.get("if-none-match") === headers.ETag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(data), {
    headers: { ...headers, "Content-Type": type, "Content-Length": String(data.length) },
  });
}
