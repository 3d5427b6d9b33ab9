import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES, parseDocument } from "./document";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (t: string, marks?: unknown[]) => (marks ? { type: "text", text: t, marks } : { type: "text", text: t });

describe("parseDocument accepts the editor's vocabulary", () => {
  it("takes a document with every supported node", () => {
    const result = parseDocument(
      doc(
        p(
          text("Plain "),
          text("bold", [{ type: "bold" }]),
          text(" link", [{ type: "link", attrs: { href: "https://example.org", target: "_blank" } }]),
        ),
        { type: "heading", attrs: { level: 2 }, content: [text("Sub")] },
        { type: "pullQuote", content: [text("Pulled")] },
        { type: "blockquote", content: [p(text("Quoted"))] },
        { type: "bulletList", content: [{ type: "listItem", content: [p(text("item"))] }] },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [p(text("item"))] }] },
        { type: "horizontalRule" },
        { type: "image", attrs: { src: "/media/x.webp", alt: "A", caption: "C", credit: "Cr", width: 10, height: 10 } },
        { type: "embed", attrs: { provider: "youtube", url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" } },
        { type: "table", content: [{ type: "tableRow", content: [{ type: "tableHeader", content: [p(text("H"))] }] }] },
      ),
    );
    expect(result.ok).toBe(true);
    // Link attributes beyond href are dropped, not stored.
    if (result.ok) expect(JSON.stringify(result.doc)).not.toContain("_blank");
  });

  it("takes a JSON string", () => {
    expect(parseDocument(JSON.stringify(doc(p(text("Hi"))))).ok).toBe(true);
  });
});

describe("parseDocument rejects what the editor cannot produce", () => {
  it.each([
    ["an unknown node", doc({ type: "script", content: [text("alert(1)")] })],
    ["an unknown mark", doc(p(text("x", [{ type: "onclick" }])))],
    ["a javascript: link", doc(p(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])))],
    [
      "a data: link",
      doc(p(text("x", [{ type: "link", attrs: { href: "data:text/html,<script>alert(1)</script>" } }]))),
    ],
    ["a spaced javascript: link", doc(p(text("x", [{ type: "link", attrs: { href: " javascript:alert(1)" } }])))],
    ["an h1", doc({ type: "heading", attrs: { level: 1 }, content: [text("x")] })],
    ["an extra attribute on a node", doc({ type: "paragraph", attrs: { style: "color:red" }, content: [text("x")] })],
    ["an image from a javascript: URL", doc({ type: "image", attrs: { src: "javascript:alert(1)", alt: "" } })],
    ["an image over plain http", doc({ type: "image", attrs: { src: "http://evil.example/x.png", alt: "" } })],
    [
      "an embed from elsewhere",
      doc({ type: "embed", attrs: { provider: "youtube", url: "https://evil.example/watch?v=dQw4w9WgXcQ" } }),
    ],
    ["an empty text node", doc(p(text("")))],
    ["a wrong root", { type: "paragraph", content: [] }],
    ["not an object", 42],
    ["null", null],
  ])("rejects %s", (_, input) => {
    expect(parseDocument(input).ok).toBe(false);
  });

  it("rejects malformed JSON with a clear message", () => {
    expect(parseDocument("{not json")).toEqual({ ok: false, error: "The article body is not valid JSON." });
  });

  it("rejects an oversized body before parsing it", () => {
    expect(parseDocument("x".repeat(MAX_DOCUMENT_BYTES + 1))).toEqual({
      ok: false,
      error: "The article body is too large.",
    });
  });
});
