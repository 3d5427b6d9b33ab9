import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/editor/document";
import { normalizeEditorJson } from "@/lib/editor/normalize";
import { figureFromPicked } from "./figure";
import type { PickedImage } from "./types";

const picked: PickedImage = {
  mediaId: "cm0media1",
  name: "cranes.jpg",
  src: `/media/${"a".repeat(32)}.jpg`,
  width: 1600,
  height: 1000,
  alt: " Cranes over the harbour at dusk ",
  caption: "The new berths. ",
  credit: "Photo: Field Desk",
  decorative: false,
};

const asDocument = (attrs: object) =>
  parseDocument(normalizeEditorJson({ type: "doc", content: [{ type: "image", attrs }] }));

describe("figureFromPicked", () => {
  it("makes an image node the server accepts, linked to its library item", () => {
    const attrs = figureFromPicked(picked);
    expect(attrs).toEqual({
      src: picked.src,
      alt: "Cranes over the harbour at dusk",
      caption: "The new berths.",
      credit: "Photo: Field Desk",
      width: 1600,
      height: 1000,
      mediaId: "cm0media1",
    });
    const parsed = asDocument(attrs);
    expect(parsed.ok && parsed.doc.content[0]).toEqual({ type: "image", attrs });
  });

  it("keeps a decorative mark and drops any alt text typed before it", () => {
    const attrs = figureFromPicked({ ...picked, decorative: true });
    expect(attrs).toMatchObject({ alt: "", decorative: true });
    expect(asDocument(attrs).ok).toBe(true);
  });

  it("round-trips the editor's unset attributes as absent, not null", () => {
    const parsed = asDocument({
      ...figureFromPicked(picked),
      mediaId: null,
      decorative: null,
      width: null,
      height: null,
    });
    expect(parsed.ok && parsed.doc.content[0]).toEqual({
      type: "image",
      attrs: {
        src: picked.src,
        alt: "Cranes over the harbour at dusk",
        caption: "The new berths.",
        credit: "Photo: Field Desk",
      },
    });
  });

  it("is refused by the server when a decorative mark is not a boolean or the source is not safe", () => {
    expect(asDocument({ ...figureFromPicked(picked), decorative: "yes" }).ok).toBe(false);
    expect(asDocument({ ...figureFromPicked(picked), src: "javascript:alert(1)" }).ok).toBe(false);
  });
});
