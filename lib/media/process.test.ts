import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  animatedGif,
  GPS_MARKER,
  hugePixelPng,
  jpegWithGps,
  oversizeFile,
  photo,
  sidewaysJpeg,
  svgFile,
  textFile,
  truncated,
} from "@/lib/testing/images";
import { MediaError } from "./errors";
import { AVATAR_SIZE, MAX_STORED_EDGE, MAX_UPLOAD_BYTES } from "./limits";
import { processImage } from "./process";

async function refusal(input: Buffer): Promise<MediaError> {
  const error = await processImage(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  return error as MediaError;
}

describe("processImage", () => {
  it("re-encodes a JPEG, recording its size, content hash and a blur placeholder", async () => {
    const image = await processImage(await photo(1200, 800));
    expect(image).toMatchObject({ mimeType: "image/jpeg", width: 1200, height: 800 });
    expect(image.storageKey).toBe(`${image.contentHash.slice(0, 32)}.jpg`);
    expect(image.contentHash).toMatch(/^[a-f0-9]{64}$/);
    expect(image.blurDataUrl).toMatch(/^data:image\/webp;base64,/);
    expect((await sharp(image.data).metadata()).format).toBe("jpeg");
  });

  it("is deterministic: the same upload gives the same stored bytes", async () => {
    const input = await photo(300, 200, "png");
    expect((await processImage(input)).contentHash).toBe((await processImage(input)).contentHash);
  });

  it("strips every piece of metadata, GPS position first", async () => {
    const input = await jpegWithGps();
    expect(input.includes(GPS_MARKER)).toBe(true);
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const image = await processImage(input);
    const meta = await sharp(image.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    for (const secret of [GPS_MARKER, "TestCam", "Secret Photographer"])
      expect(image.data.includes(secret), secret).toBe(false);
  });

  it("turns a sideways photo upright from its EXIF orientation", async () => {
    const image = await processImage(await sidewaysJpeg());
    expect([image.width, image.height]).toEqual([300, 400]);
  });

  it("keeps the first frame of an animated GIF, as a PNG", async () => {
    const image = await processImage(await animatedGif(40, 30));
    expect(image).toMatchObject({ mimeType: "image/png", width: 40, height: 30 });
    const { data } = await sharp(image.data).raw().toBuffer({ resolveWithObject: true });
    expect([data[0], data[2]]).toEqual([255, 0]);
  });

  it.each([
    ["webp", "image/webp"],
    ["avif", "image/webp"],
    ["png", "image/png"],
  ] as const)("accepts %s", async (format, mimeType) => {
    expect((await processImage(await photo(64, 48, format))).mimeType).toBe(mimeType);
  });

  it("scales very large pictures down to the stored maximum", async () => {
    const wide = await sharp({ create: { width: 5000, height: 1000, channels: 3, background: "#336699" } })
      .jpeg()
      .toBuffer();
    const image = await processImage(wide);
    expect([image.width, image.height]).toEqual([MAX_STORED_EDGE, 819]);
  });

  it("crops avatars to a square", async () => {
    const image = await processImage(await photo(900, 600), "avatar");
    expect(image).toMatchObject({ mimeType: "image/webp", width: AVATAR_SIZE, height: AVATAR_SIZE });
  });

  it("gives transparent images no blur placeholder", async () => {
    const png = await sharp({
      create: { width: 50, height: 50, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    expect((await processImage(png)).blurDataUrl).toBeNull();
  });

  it("refuses a text file with an image's name", async () => {
    expect((await refusal(textFile())).code).toBe("not-image");
  });

  it("refuses SVG, which can carry scripts", async () => {
    const error = await refusal(svgFile());
    expect(error.code).toBe("svg");
    expect(error.message).toMatch(/SVG files are not accepted/);
  });

  it("refuses truncated JPEG and PNG files", async () => {
    expect((await refusal(truncated(await photo(600, 400, "jpeg")))).code).toBe("damaged");
    expect((await refusal(truncated(await photo(600, 400, "png")))).code).toBe("damaged");
    expect((await refusal(truncated(await photo(600, 400, "webp")))).code).toBe("damaged");
  });

  it("refuses a decompression bomb from its header, before decoding it", async () => {
    const bomb = hugePixelPng();
    expect(bomb.length).toBeLessThan(10_000);
    const started = performance.now();
    const error = await refusal(bomb);
    expect(error.code).toBe("too-many-pixels");
    expect(error.message).toContain("30000 × 30000 pixels");
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses empty and oversize files", async () => {
    expect((await refusal(Buffer.alloc(0))).code).toBe("empty");
    const error = await refusal(oversizeFile(MAX_UPLOAD_BYTES));
    expect(error.code).toBe("too-large");
    expect(error.status).toBe(413);
    expect(error.message).toContain("20 MB");
  });
});
