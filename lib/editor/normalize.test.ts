import { describe, expect, it } from "vitest";
import { parseDocument } from "./document";
import { normalizeEditorJson } from "./normalize";

describe("normalizeEditorJson", () => {
  it("drops editor-only and null attributes so the strict schema accepts the document", () => {
    const raw = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          attrs: { textAlign: null },
          content: [
            {
              type: "text",
              text: "Hi",
              marks: [
                {
                  type: "link",
                  attrs: { href: "https://example.org", target: "_blank", rel: "noopener", class: null },
                },
              ],
            },
          ],
        },
        {
          type: "orderedList",
          attrs: { start: 1, type: null },
          content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
        },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [
                {
                  type: "tableHeader",
                  attrs: { colspan: 1, rowspan: 1, colwidth: null },
                  content: [{ type: "paragraph" }],
                },
              ],
            },
          ],
        },
      ],
    };
    const doc = normalizeEditorJson(raw);
    expect(doc.content[0]).toEqual({
      type: "paragraph",
      content: [{ type: "text", text: "Hi", marks: [{ type: "link", attrs: { href: "https://example.org" } }] }],
    });
    expect(doc.content[1]).toEqual({
      type: "orderedList",
      content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
    });
    expect(parseDocument(doc).ok).toBe(true);
  });

  it("leaves attributes it does not know for the validator to reject", () => {
    const doc = normalizeEditorJson({ type: "doc", content: [{ type: "paragraph", attrs: { onclick: "alert(1)" } }] });
    expect(parseDocument(doc).ok).toBe(false);
  });
});
