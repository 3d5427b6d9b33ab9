import { describe, expect, it } from "vitest";
import { parseDocument } from "./document";
import { documentFromMarkdown } from "./from-markdown";
import { documentToHtml } from "./to-html";

describe("documentFromMarkdown", () => {
  it("maps Markdown to the editor's nodes", () => {
    const doc = documentFromMarkdown(
      "Lead **bold** and *italic* with [a link](https://example.org).\n\n## Subhead\n\n> Quote — Someone\n\n>> Pull quote\n\n1. one\n2. two\n\n---",
    );
    expect(doc.content.map((b) => b.type)).toEqual([
      "paragraph",
      "heading",
      "blockquote",
      "pullQuote",
      "orderedList",
      "horizontalRule",
    ]);
    expect(parseDocument(doc).ok).toBe(true);
  });

  it("turns a lone image into an image block with the resolved source", () => {
    const doc = documentFromMarkdown('![Alt text](river "A caption")', (key) => ({
      src: `/media/${key}.webp`,
      width: 3,
      height: 2,
      credit: "Credit",
    }));
    expect(doc.content[0]).toEqual({
      type: "image",
      attrs: { src: "/media/river.webp", alt: "Alt text", caption: "A caption", credit: "Credit", width: 3, height: 2 },
    });
  });
});

describe("documentToHtml", () => {
  it("escapes text and attributes", () => {
    const doc = documentFromMarkdown('Fish & <script>alert("x")</script> chips');
    const html = documentToHtml(doc);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&amp;");
  });

  it("renders subheads, quotes and pull quotes", () => {
    const html = documentToHtml(documentFromMarkdown("## Sub\n\n> Quoted\n\n>> Pulled"));
    expect(html).toBe(
      // A pull quote repeats the story's own words: set aside, as on the page, not quoted from a source.
      "<h2>Sub</h2>\n<blockquote><p>Quoted</p></blockquote>\n<aside><p>Pulled</p></aside>",
    );
  });
});

describe("sanitizeBodyHtml", () => {
  it("keeps the body's own markup and strips anything else", async () => {
    const { sanitizeBodyHtml } = await import("./sanitize");
    const html = documentToHtml(documentFromMarkdown("## Sub\n\n**Bold** [link](https://example.org)"));
    expect(sanitizeBodyHtml(html)).toBe(html);
    expect(sanitizeBodyHtml('<p onclick="x()">a<script>alert(1)</script><a href="javascript:alert(1)">b</a></p>')).toBe(
      "<p>a<a>b</a></p>",
    );
  });
});
