import "server-only";
import sharp from "sharp";
import { brandMarkSvg } from "./brand-mark";

// Icons change only with a deploy, but a day's cache lets a new drawing reach returning readers.
const ICON_CACHE = "public, max-age=86400, stale-while-revalidate=604800";

/** The publication's mark as a square PNG response of `size` px. */
export async function brandMarkPng(size: number): Promise<Response> {
  const png = await sharp(Buffer.from(brandMarkSvg), { density: Math.max(72, (72 * size * 4) / 512) })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": ICON_CACHE } });
}
