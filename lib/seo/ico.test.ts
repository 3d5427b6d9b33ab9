import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { icoFile } from "./ico";

const png = (size: number) =>
  sharp({ create: { width: size, height: size, channels: 4, background: "#a61b1b" } })
    .png()
    .toBuffer();

describe("icoFile", () => {
  it("writes an icon directory that points at each PNG", async () => {
    const images = await Promise.all([16, 32, 256].map(png));
    const ico = icoFile(images, [16, 32, 256]);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    images.forEach((image, i) => {
      const entry = 6 + 16 * i;
      expect(ico.readUInt8(entry)).toBe([16, 32, 0][i]);
      expect(ico.readUInt16LE(entry + 6)).toBe(32);
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      expect(ico.subarray(offset, offset + length).equals(image)).toBe(true);
    });
  });

  it("refuses sizes an icon cannot have, and mismatched lists", async () => {
    expect(() => icoFile([Buffer.from("x")], [300])).toThrow(/1 to 256/);
    expect(() => icoFile([], [])).toThrow();
    expect(() => icoFile([Buffer.from("x")], [16, 32])).toThrow();
  });
});
