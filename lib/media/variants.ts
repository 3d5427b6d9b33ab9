import sharp, { type Sharp } from "sharp";
import type { MediaStorage } from "./storage/types";
import { isAllowedWidth, MASTER_EXTENSIONS, masterKey, VARIANT_MIME, variantKey, type VariantFormat } from "./urls";

// Resized copies for readers, made on first request and kept in storage beside the original,
// so each is encoded once. Only the fixed widths (urls.ts) are made, and never wider than
// the original: the set of files a URL can create is small and known.

function encode(image: Sharp, format: VariantFormat): Sharp {
  switch (format) {
    // effort 2: a fraction of the default's encoding time for files a few per cent larger.
    case "avif":
      return image.avif({ quality: 52, effort: 2 });
    case "webp":
      return image.webp({ quality: 78 });
    case "jpg":
      return image.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true });
  }
}

async function findMaster(storage: MediaStorage, hash: string): Promise<Buffer | null> {
  for (const ext of MASTER_EXTENSIONS) {
    const data = await storage.get(masterKey(hash, ext));
    if (data) return data;
  }
  return null;
}

// Two readers asking for the same new copy at once share one encoding.
const inFlight = new Map<string, Promise<Buffer | null>>();

async function makeVariant(
  storage: MediaStorage,
  hash: string,
  width: number,
  format: VariantFormat,
): Promise<Buffer | null> {
  const master = await findMaster(storage, hash);
  if (!master) return null;
  const { width: masterWidth } = await sharp(master).metadata();
  if (!masterWidth || !isAllowedWidth(width, masterWidth)) return null;
  const data = await encode(sharp(master).resize({ width }), format).toBuffer();
  const key = variantKey(hash, width, format);
  await storage.put(key, data, VARIANT_MIME[format]);
  // The image may have been deleted while this copy was made: a copy of nothing is not kept.
  if (!(await findMaster(storage, hash))) {
    await storage.delete(key);
    return null;
  }
  return data;
}

/** The bytes of a resized copy, made now if need be; null when there is no such image or width. */
export async function getVariant(
  storage: MediaStorage,
  hash: string,
  width: number,
  format: VariantFormat,
): Promise<Buffer | null> {
  const key = variantKey(hash, width, format);
  const stored = await storage.get(key);
  if (stored) return stored;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = makeVariant(storage, hash, width, format).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}
