import { describe, expect, it } from "vitest";
import { z } from "zod";
import { documentSchema, MAX_DOCUMENT_BYTES, parseDocument } from "./document";
import { MAX_DOCUMENT_DEPTH, nestsTooDeeply, TOO_DEEP_MESSAGE } from "./depth";
import { normalizeEditorJson } from "./normalize";

const text = { type: "text", text: "deep", marks: [{ type: "bold" }] };
/** A document whose deepest node (a text with a mark) sits at `levels`, the document being level 1. */
function quotes(levels: number) {
  let node: object = { type: "paragraph", content: [text] };
  // doc, then levels - 3 quotes, then the paragraph, then the text.
  for (let i = 0; i < levels - 3; i++) node = { type: "blockquote", content: [node] };
  return { type: "doc", content: [node] };
}
/** The same as JSON, written out directly (JSON.stringify itself recurses, and overflows long before). */
const quotesJson = (levels: number) =>
  `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(levels - 3)}{"type":"paragraph","content":[${JSON.stringify(text)}]}${"]}".repeat(levels - 3)}]}`;

describe("the body's nesting limit", () => {
  it("takes a body exactly as deep as the limit, marks included", () => {
    expect(JSON.parse(quotesJson(MAX_DOCUMENT_DEPTH))).toEqual(quotes(MAX_DOCUMENT_DEPTH));
    expect(nestsTooDeeply(quotes(MAX_DOCUMENT_DEPTH))).toBe(false);
    expect(parseDocument(quotes(MAX_DOCUMENT_DEPTH)).ok).toBe(true);
  });

  it("refuses one level more, with the message", () => {
    expect(parseDocument(quotes(MAX_DOCUMENT_DEPTH + 1))).toEqual({ ok: false, error: TOO_DEEP_MESSAGE });
    const viaSchema = documentSchema.safeParse(quotes(MAX_DOCUMENT_DEPTH + 1));
    expect(viaSchema.error?.issues.map((i) => i.message)).toEqual([TOO_DEEP_MESSAGE]);
  });

  it.each([1_000, 10_000, 100_000])("refuses %i levels without recursing", (levels) => {
    expect(parseDocument(quotes(levels))).toEqual({ ok: false, error: TOO_DEEP_MESSAGE });
    const json = quotesJson(levels);
    if (json.length <= MAX_DOCUMENT_BYTES) expect(parseDocument(json)).toEqual({ ok: false, error: TOO_DEEP_MESSAGE });
    else expect(parseDocument(json)).toEqual({ ok: false, error: "The article body is too large." });
    // Inside another schema, as the desk's actions hold it.
    const issues = z.object({ body: documentSchema }).safeParse({ body: quotes(levels) }).error?.issues;
    expect(issues?.map((i) => [i.path.join("."), i.message])).toEqual([["body", TOO_DEEP_MESSAGE]]);
  });

  it("counts arrays within arrays and marks within marks, which only a hostile client sends", () => {
    let arrays: unknown = [];
    for (let i = 0; i < 50_000; i++) arrays = [arrays];
    expect(parseDocument({ type: "doc", content: arrays })).toEqual({ ok: false, error: TOO_DEEP_MESSAGE });
    let marks: unknown = { type: "bold" };
    for (let i = 0; i < 50_000; i++) marks = { type: "bold", marks: [marks] };
    expect(parseDocument({ type: "doc", content: [{ type: "paragraph", content: [marks] }] }).ok).toBe(false);
  });

  it("ends on a value that refers to itself", () => {
    const loop: { type: string; content: unknown[] } = { type: "blockquote", content: [] };
    loop.content.push(loop);
    expect(parseDocument({ type: "doc", content: [loop] })).toEqual({ ok: false, error: TOO_DEEP_MESSAGE });
  });

  it("leaves the editor's normaliser to hand a too-deep document on untouched", () => {
    const deep = quotes(100_000);
    expect(normalizeEditorJson(deep)).toBe(deep);
  });
});
