import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/site/rich-text";
import { remoteImages } from "@/lib/media/remote-images";
import { MAX_DOCUMENT_BYTES, parseDocument } from "./document";
import { documentToHtml } from "./to-html";

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
    [
      "an image over plain http with a space in it",
      doc({ type: "image", attrs: { src: "http://evil.example/a b.png" } }),
    ],
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

// A picture pasted from a plain http address is kept, like an https one, as the placeholder for a
// picture not yet in the media library: the writer's paste is not lost. That is the only thing an
// http image can be: every publishing path refuses a body holding it, and readers never get it.
describe("an image over plain http", () => {
  const HTTP = "http://evil.example/x.png";
  const result = parseDocument(doc(p(text("Before")), { type: "image", attrs: { src: HTTP, alt: "Pasted" } }));

  it("is stored only as a remote placeholder, which publishing, scheduling and Update refuse", () => {
    expect(result.ok).toBe(true);
    if (result.ok) expect(remoteImages(result.doc)).toEqual([HTTP]);
  });

  it("never reaches a reader: neither the page nor the feed draws it", () => {
    if (!result.ok) throw new Error(result.error);
    for (const out of [
      renderToStaticMarkup(createElement(RichText, { doc: result.doc })),
      documentToHtml(result.doc),
    ]) {
      expect(out).toContain("Before");
      expect(out).not.toContain("evil.example");
      expect(out).not.toMatch(/<img|<figure/);
    }
  });
});
