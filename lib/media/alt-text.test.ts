import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/editor/document";
import { imagesMissingAlt } from "./alt-text";

const image = (src: string, alt = "", decorative?: boolean) => ({ type: "image", attrs: { src, alt, caption: "", credit: "", ...(decorative === undefined ? {} : { decorative }) } });

describe("imagesMissingAlt", () => {
  it("lists body images without alt text in reading order, at any depth, and the featured image first", () => {
    const parsed = parseDocument({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Intro" }] },
        image("/media/a.jpg", "A described picture"),
        image("/media/b.jpg", "   "),
        { type: "blockquote", content: [image("/media/c.jpg")] },
        { type: "bulletList", content: [{ type: "listItem", content: [image("/media/d.jpg", "", true)] }] },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(imagesMissingAlt(parsed.doc, { src: "/media/f.jpg", alt: "" })).toEqual([
      { kind: "featured", src: "/media/f.jpg", index: 0, path: [] },
      { kind: "body", src: "/media/b.jpg", index: 1, path: [2] },
      { kind: "body", src: "/media/c.jpg", index: 2, path: [3, 0] },
    ]);
  });

  it("accepts alt text or an explicit decorative mark, and the editor's raw JSON", () => {
    expect(imagesMissingAlt({ content: [] }, { src: "/x.jpg", alt: "", decorative: true })).toEqual([]);
    expect(imagesMissingAlt({ content: [{ type: "image", attrs: { src: "/y.jpg", alt: null } }] }, null)).toEqual([
      { kind: "body", src: "/y.jpg", index: 0, path: [0] },
    ]);
  });
});
