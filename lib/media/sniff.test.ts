import { describe, expect, it } from "vitest";
import { photo, svgFile, textFile } from "@/lib/testing/images";
import { sniffImage } from "./sniff";

describe("sniffImage", () => {
  it.each(["jpeg", "png", "webp", "avif", "gif"] as const)("recognises %s by its bytes", async (format) => {
    expect(sniffImage(await photo(32, 24, format))).toEqual({ kind: "image", type: format });
  });

  it("calls text by its name whatever it is called", () => {
    expect(sniffImage(textFile())).toEqual({ kind: "unknown" });
    expect(sniffImage(new Uint8Array())).toEqual({ kind: "unknown" });
  });

  it("spots SVG, with or without an XML declaration", () => {
    expect(sniffImage(svgFile())).toEqual({ kind: "svg" });
    expect(sniffImage(Buffer.from('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ kind: "svg" });
  });

  it("spots HEIC photos", () => {
    const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic\0\0\0\0mif1heic", "latin1")]);
    expect(sniffImage(ftyp)).toEqual({ kind: "heic" });
  });
});
