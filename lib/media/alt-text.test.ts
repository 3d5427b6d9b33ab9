import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/editor/document";
import { applyAltText, imagesMissingAlt } from "./alt-text";

const image = (src: string, alt = "", decorative?: boolean) => ({
  type: "image",
  attrs: { src, alt, caption: "", credit: "", ...(decorative === undefined ? {} : { decorative }) },
});

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

describe("applyAltText", () => {
  it("describes the images at the reported paths, or marks them decorative, leaving the rest", () => {
    const doc = {
      type: "doc",
      content: [
        image("/media/a.jpg"),
        { type: "blockquote", content: [image("/media/b.jpg", "", true)] },
        { type: "paragraph", content: [{ type: "text", text: "Not an image" }] },
      ],
    };
    const fixed = applyAltText(doc, [
      { path: [0], alt: "  Flooded fields  ", decorative: false },
      { path: [1, 0], alt: "", decorative: true },
      { path: [2], alt: "ignored", decorative: false },
    ]);
    expect(fixed.content[0]).toEqual(image("/media/a.jpg", "Flooded fields"));
    expect(fixed.content[1]).toEqual({ type: "blockquote", content: [image("/media/b.jpg", "", true)] });
    expect(fixed.content[2]).toEqual(doc.content[2]);
    expect(imagesMissingAlt(fixed, null)).toEqual([]);
    // The original is untouched.
    expect(imagesMissingAlt(doc, null)).toHaveLength(1);
  });

  it("clears a decorative mark when alt text is given instead", () => {
    const fixed = applyAltText({ content: [image("/media/c.jpg", "", true)] }, [
      { path: [0], alt: "A chart of rainfall", decorative: false },
    ]);
    expect(fixed.content[0]).toEqual(image("/media/c.jpg", "A chart of rainfall"));
  });
});
