import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { photo } from "@/lib/testing/images";
import { processImage } from "./process";
import { LocalMediaStorage } from "./storage/local";
import type { MediaStorage } from "./storage/types";
import { variantKey } from "./urls";
import { getVariant } from "./variants";

const root = mkdtempSync(path.join(tmpdir(), "broadsheet-variants-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const storage: MediaStorage = new LocalMediaStorage(root);

async function stored(width: number, height: number, format: "png" | "jpeg" = "jpeg") {
  const image = await processImage(await photo(width, height, format));
  await storage.put(image.storageKey, image.data, image.mimeType);
  return image.contentHash.slice(0, 32);
}

describe("getVariant", () => {
  it("makes AVIF, WebP and JPEG copies at the asked width, once", async () => {
    const hash = await stored(1000, 500);
    for (const [format, sharpFormat] of [
      ["avif", "heif"],
      ["webp", "webp"],
      ["jpg", "jpeg"],
    ] as const) {
      const data = await getVariant(storage, hash, 640, format);
      const meta = await sharp(data!).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([sharpFormat, 640, 320]);
      expect(await storage.exists(variantKey(hash, 640, format))).toBe(true);
    }
    // A stored copy is served as it is.
    await storage.put(variantKey(hash, 640, "webp"), Buffer.from("cached"), "image/webp");
    expect((await getVariant(storage, hash, 640, "webp"))!.toString()).toBe("cached");
  });

  it("shares one encoding between simultaneous requests", async () => {
    const hash = await stored(900, 600);
    const [a, b] = await Promise.all([getVariant(storage, hash, 320, "avif"), getVariant(storage, hash, 320, "avif")]);
    expect(a).toBe(b);
  });

  it("makes the original's own width but nothing wider, and no width outside the fixed set", async () => {
    const hash = await stored(700, 350, "png");
    expect(await getVariant(storage, hash, 700, "webp")).not.toBeNull();
    expect(await getVariant(storage, hash, 960, "webp")).toBeNull();
    expect(await getVariant(storage, hash, 500, "webp")).toBeNull();
    expect(await storage.exists(variantKey(hash, 960, "webp"))).toBe(false);
  });

  it("answers null for an image that does not exist", async () => {
    expect(await getVariant(storage, "f".repeat(32), 320, "webp")).toBeNull();
  });

  it("keeps no copy of an image deleted while the copy was being made", async () => {
    const image = await processImage(await photo(800, 400));
    await storage.put(image.storageKey, image.data, image.mimeType);
    const hash = image.contentHash.slice(0, 32);
    // The original goes (a library deletion) just as the copy is written.
    const racing: MediaStorage = Object.assign(Object.create(storage) as MediaStorage, {
      put: async (key: string, data: Buffer, type: string) => {
        await storage.delete(image.storageKey);
        await storage.put(key, data, type);
      },
    });
    expect(await getVariant(racing, hash, 640, "webp")).toBeNull();
    expect(await storage.exists(variantKey(hash, 640, "webp"))).toBe(false);
  });
});
