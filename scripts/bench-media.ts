// `npx tsx scripts/bench-media.ts`: how long the upload pipeline and the resized copies take on
// this machine, and how big the copies are. Uses a temporary folder; touches no database.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { processImage } from "@/lib/media/process";
import { LocalMediaStorage } from "@/lib/media/storage/local";
import type { MediaStorage } from "@/lib/media/storage/types";
import { getVariant } from "@/lib/media/variants";

const since = (t: number) => `${Math.round(performance.now() - t)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A 24-megapixel photo-like JPEG: a demo illustration enlarged, with a little sensor noise. */
async function bigPhoto(): Promise<Buffer> {
  const scene = await sharp("prisma/demo/images/harbour.webp")
    .resize(6000, 4000)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const noise = await sharp({
    create: {
      width: 6000,
      height: 4000,
      channels: 3,
      background: "#000",
      noise: { type: "gaussian", mean: 0, sigma: 6 },
    },
  })
    .raw()
    .toBuffer();
  for (let i = 0; i < scene.data.length; i++) scene.data[i] = Math.min(255, scene.data[i]! + noise[i]!);
  return sharp(scene.data, { raw: scene.info }).jpeg({ quality: 92 }).toBuffer();
}

async function copies(storage: MediaStorage, input: Buffer, label: string, widths: number[]) {
  let t = performance.now();
  const image = await processImage(input);
  console.log(
    `${label} (${kb(input.length)}): processed in ${since(t)} -> ${image.width}x${image.height} ${image.mimeType}, ${kb(image.data.length)}`,
  );
  await storage.put(image.storageKey, image.data, image.mimeType);
  const hash = image.contentHash.slice(0, 32);
  for (const width of widths) {
    for (const format of ["avif", "webp"] as const) {
      t = performance.now();
      const made = await getVariant(storage, hash, width, format);
      const first = since(t);
      t = performance.now();
      await getVariant(storage, hash, width, format);
      console.log(`  ${width}w ${format}: ${kb(made!.length)}, made in ${first}, served from storage in ${since(t)}`);
    }
  }
}

async function main() {
  const root = mkdtempSync(path.join(tmpdir(), "bench-media-"));
  try {
    const storage = new LocalMediaStorage(root);
    await copies(
      storage,
      readFileSync("prisma/demo/images/harbour.webp"),
      "demo illustration 1500x1000 WebP",
      [640, 960],
    );
    await copies(storage, await bigPhoto(), "24 MP JPEG photo", [640, 960, 1600]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
