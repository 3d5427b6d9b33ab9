import { describe, expect, it } from "vitest";
import { parseDocument } from "./document";

const withImage = (src: string) => ({ type: "doc", content: [{ type: "image", attrs: { src, alt: "A picture" } }] });

describe("a body image's source", () => {
  it.each([
    "/\t/evil.example/x.png",
    "/\n/evil.example/x.png",
    "/\r/evil.example/x.png",
    "/ /evil.example/x.png",
    "/\u00a0/evil.example/x.png",
    "/\\evil.example/x.png",
    "/media/a\\..\\..\\x.png",
    "//evil.example/x.png",
    "/media/a.webp\u0000",
    "https://cdn.example/a b.png",
    "https://cdn.example/\tx.png",
  ])("refuses %j: a browser could read it as another host, or it is not a clean address", (src) => {
    expect(parseDocument(withImage(src))).toMatchObject({ ok: false });
  });

  it.each(["/media/2026/01/a.webp", "/media/caf%C3%A9.webp", "https://cdn.example/a.png?w=600"])("takes %j", (src) => {
    expect(parseDocument(withImage(src)).ok).toBe(true);
  });
});
