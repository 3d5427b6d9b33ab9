import { describe, expect, it } from "vitest";
import { hashFromSrc, isAllowedWidth, parseMediaPath, socialImage, srcset, srcsetWidths } from "./urls";

const hash = "0123456789abcdef0123456789abcdef";

describe("media URLs", () => {
  it("parses originals and resized copies, and nothing else", () => {
    expect(parseMediaPath(`${hash}.jpg`)).toEqual({ kind: "master", key: `${hash}.jpg`, hash, ext: "jpg" });
    expect(parseMediaPath(`${hash}/640.avif`)).toEqual({ kind: "variant", hash, width: 640, format: "avif" });
    for (const bad of [
      `${hash}.svg`,
      `${hash}/640.gif`,
      `../${hash}.jpg`,
      `${hash}/64000.webp`,
      `${hash.toUpperCase()}.jpg`,
      "demo/harbour.webp",
      `variants/${hash}/640.webp`,
    ]) {
      expect(parseMediaPath(bad), bad).toBeNull();
    }
  });

  it("recognises library images by their src", () => {
    expect(hashFromSrc(`/media/${hash}.webp`)).toBe(hash);
    expect(hashFromSrc("https://example.org/photo.jpg")).toBeNull();
  });

  it("allows only the fixed widths below the original, and the original's own width", () => {
    expect(isAllowedWidth(640, 1500)).toBe(true);
    expect(isAllowedWidth(1500, 1500)).toBe(true);
    expect(isAllowedWidth(1600, 1500)).toBe(false);
    expect(isAllowedWidth(641, 1500)).toBe(false);
    expect(isAllowedWidth(4000, 4000)).toBe(false);
  });

  it("offers srcset widths up to the original, capped", () => {
    expect(srcsetWidths(1500)).toEqual([320, 640, 960, 1200, 1500]);
    expect(srcsetWidths(4096)).toEqual([320, 640, 960, 1200, 1600, 2048]);
    expect(srcsetWidths(200)).toEqual([200]);
    expect(srcsetWidths(512, 64)).toEqual([64, 128, 256, 320, 512]);
    expect(srcset(hash, [320, 640], "avif")).toBe(`/media/${hash}/320.avif 320w, /media/${hash}/640.avif 640w`);
  });

  it("shares a 1200-pixel JPEG on social networks", () => {
    expect(socialImage({ src: `/media/${hash}.png`, width: 3000, height: 2000 })).toEqual({
      url: `/media/${hash}/1200.jpg`,
      width: 1200,
      height: 800,
    });
    expect(socialImage({ src: `/media/${hash}.png`, width: 800, height: 600 })).toEqual({
      url: `/media/${hash}/800.jpg`,
      width: 800,
      height: 600,
    });
  });
});
