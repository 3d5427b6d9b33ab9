// Where media live on the web. Pure functions, safe in server and client code.
//
// An original is stored under a key made of its content hash and extension; readers fetch it at
// `/media/<hash>.<ext>` and its resized copies at `/media/<hash>/<width>.<avif|webp|jpg>`.
// The bytes behind a URL never change (a new image has a new hash), so every media response is
// cached as immutable.

export const HASH_LENGTH = 32;
export const MASTER_EXTENSIONS = ["jpg", "png", "webp"] as const;
export type MasterExtension = (typeof MASTER_EXTENSIONS)[number];
export const MASTER_MIME: Record<MasterExtension, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" };
export const VARIANT_FORMATS = ["avif", "webp", "jpg"] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];
export const VARIANT_MIME: Record<VariantFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpg: "image/jpeg",
};

/** The widths a copy may be made at: a fixed set, so nobody can make the server encode at will. */
export const VARIANT_WIDTHS = [64, 128, 256, 320, 640, 960, 1200, 1600, 2048] as const;
export const MAX_VARIANT_WIDTH = 2048;
/** Social cards (Open Graph) are 1200 pixels wide. */
export const SOCIAL_WIDTH = 1200;

const HASH = `[a-f0-9]{${HASH_LENGTH}}`;
const MASTER_KEY = new RegExp(`^(${HASH})\\.(${MASTER_EXTENSIONS.join("|")})$`);
const VARIANT_PATH = new RegExp(`^(${HASH})/(\\d{1,4})\\.(${VARIANT_FORMATS.join("|")})$`);
const MEDIA_SRC = new RegExp(`^/media/(${HASH})\\.(${MASTER_EXTENSIONS.join("|")})$`);

export const masterKey = (hash: string, ext: MasterExtension) => `${hash}.${ext}`;
export const variantKey = (hash: string, width: number, format: VariantFormat) => `variants/${hash}/${width}.${format}`;
export const variantsPrefix = (hash: string) => `variants/${hash}`;
export const mediaSrc = (storageKey: string) => `/media/${storageKey}`;
export const variantSrc = (hash: string, width: number, format: VariantFormat) => `/media/${hash}/${width}.${format}`;

export type MediaPath =
  | { kind: "master"; key: string; hash: string; ext: MasterExtension }
  | { kind: "variant"; hash: string; width: number; format: VariantFormat };

/** Parses the path under /media/; null for anything that is not a media URL. */
export function parseMediaPath(path: string): MediaPath | null {
  const master = MASTER_KEY.exec(path);
  if (master) return { kind: "master", key: path, hash: master[1]!, ext: master[2] as MasterExtension };
  const variant = VARIANT_PATH.exec(path);
  if (variant)
    return { kind: "variant", hash: variant[1]!, width: Number(variant[2]), format: variant[3] as VariantFormat };
  return null;
}

/** The content hash of a library image from its src (`/media/<hash>.<ext>`), or null for any other image. */
export function hashFromSrc(src: string): string | null {
  return MEDIA_SRC.exec(src)?.[1] ?? null;
}

/** Whether a copy of an original `masterWidth` pixels wide may be made at `width`. */
export function isAllowedWidth(width: number, masterWidth: number): boolean {
  if (width === masterWidth) return width <= MAX_VARIANT_WIDTH;
  return (VARIANT_WIDTHS as readonly number[]).includes(width) && width < masterWidth;
}

/** The widths offered in a srcset: the fixed widths from `min` up, below the original, plus the original's own. */
export function srcsetWidths(masterWidth: number, min = 320): number[] {
  const largest = Math.min(masterWidth, MAX_VARIANT_WIDTH);
  return [...VARIANT_WIDTHS.filter((w) => w >= min && w < largest), largest];
}

export function srcset(hash: string, widths: number[], format: VariantFormat): string {
  return widths.map((w) => `${variantSrc(hash, w, format)} ${w}w`).join(", ");
}

/** The image shared on social networks: a JPEG 1200 pixels wide, or narrower when the original is. */
export function socialImage(image: { src: string; width: number; height: number }): {
  url: string;
  width: number;
  height: number;
} {
  const hash = hashFromSrc(image.src);
  if (!hash) return { url: image.src, width: image.width, height: image.height };
  const width = Math.min(SOCIAL_WIDTH, image.width, MAX_VARIANT_WIDTH);
  return { url: variantSrc(hash, width, "jpg"), width, height: Math.round((image.height * width) / image.width) };
}
