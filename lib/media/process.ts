import { createHash } from "node:crypto";
import sharp, { type Metadata, type Sharp } from "sharp";
import { mediaErrors } from "./errors";
import { AVATAR_SIZE, MAX_INPUT_PIXELS, MAX_STORED_EDGE, MAX_UPLOAD_BYTES } from "./limits";
import { sniffImage, type ImageType } from "./sniff";
import { HASH_LENGTH, MASTER_MIME, masterKey, type MasterExtension } from "./urls";

// The upload pipeline: recognise the file by its bytes, refuse what is not a safe raster image,
// then decode and re-encode it with sharp. Re-encoding applies the EXIF orientation and keeps no
// metadata at all (no GPS position, camera or owner data reaches readers), and what is stored
// is only ever pixels we wrote ourselves.

/** "library": the image as uploaded, scaled down to MAX_STORED_EDGE. "avatar": a square crop. */
export type ImageProfile = "library" | "avatar";

export interface ProcessedImage {
  data: Buffer;
  /** SHA-256 of `data`, hex: the image's identity in storage. */
  contentHash: string;
  storageKey: string;
  mimeType: string;
  width: number;
  height: number;
  /** A tiny blurred preview shown while the image loads; null for images with transparency. */
  blurDataUrl: string | null;
}

// sharp's names for what sniffImage recognised (AVIF decodes through libheif).
const SHARP_FORMAT: Record<ImageType, string> = { jpeg: "jpeg", png: "png", webp: "webp", avif: "heif", gif: "gif" };

// Photos stay JPEG, graphics stay lossless PNG, the rest become WebP; a GIF keeps its first frame.
const OUTPUT: Record<ImageType, MasterExtension> = { jpeg: "jpg", png: "png", gif: "png", webp: "webp", avif: "webp" };

function encode(image: Sharp, ext: MasterExtension): Sharp {
  switch (ext) {
    case "jpg":
      return image.jpeg({ quality: 86, mozjpeg: true });
    case "png":
      return image.png({ compressionLevel: 9 });
    case "webp":
      return image.webp({ quality: 86 });
  }
}

/** Checks an upload and returns the re-encoded image to store; throws MediaError with the reason otherwise. */
export async function processImage(input: Buffer, profile: ImageProfile = "library"): Promise<ProcessedImage> {
  if (input.length === 0) throw mediaErrors.empty();
  if (input.length > MAX_UPLOAD_BYTES) throw mediaErrors.tooLarge();
  const sniffed = sniffImage(input);
  if (sniffed.kind === "svg") throw mediaErrors.svg();
  if (sniffed.kind === "heic") throw mediaErrors.heic();
  if (sniffed.kind === "unknown") throw mediaErrors.notImage();

  // The header alone: dimensions are checked before a single pixel is decoded.
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw mediaErrors.damaged();
  }
  if (meta.format !== SHARP_FORMAT[sniffed.type] || !meta.width || !meta.height) throw mediaErrors.damaged();
  const height = meta.pageHeight ?? meta.height;
  if (meta.width * height > MAX_INPUT_PIXELS) throw mediaErrors.tooManyPixels(meta.width, height);

  const ext: MasterExtension = profile === "avatar" ? "webp" : OUTPUT[sniffed.type];
  let data: Buffer;
  try {
    // `failOn: "truncated"` refuses cut-off files but tolerates the harmless warnings many cameras cause.
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "truncated", pages: 1 })
      .timeout({ seconds: 60 }) // a file crafted to be slow to decode must not hold a worker for ever
      .autoOrient();
    const sized =
      profile === "avatar"
        ? image.resize(AVATAR_SIZE, AVATAR_SIZE, { fit: "cover", position: "attention" })
        : image.resize(MAX_STORED_EDGE, MAX_STORED_EDGE, { fit: "inside", withoutEnlargement: true });
    data = await encode(sized, ext).toBuffer();
  } catch {
    throw mediaErrors.damaged();
  }

  const out = await sharp(data).metadata();
  const contentHash = createHash("sha256").update(data).digest("hex");
  return {
    data,
    contentHash,
    storageKey: masterKey(contentHash.slice(0, HASH_LENGTH), ext),
    mimeType: MASTER_MIME[ext],
    width: out.width!,
    height: out.height!,
    blurDataUrl: await blurPlaceholder(data),
  };
}

/** A 16-pixel WebP as a data URL, or null when the image is not opaque (the blur would show through). */
export async function blurPlaceholder(data: Buffer): Promise<string | null> {
  const tiny = sharp(data).resize(16, 16, { fit: "inside" });
  if (!(await tiny.clone().stats()).isOpaque) return null;
  const buf = await tiny.webp({ quality: 40 }).toBuffer();
  return `data:image/webp;base64,${buf.toString("base64")}`;
}
