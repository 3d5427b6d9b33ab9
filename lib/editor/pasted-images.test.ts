import { getSchema } from "@tiptap/core";
import { DOMParser as ProseMirrorParser } from "@tiptap/pm/model";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./document";
import { normalizeEditorJson } from "./normalize";
import { documentExtensions } from "./schema-extensions";

// What the editor makes of pictures in pasted or dropped HTML, read with the body's own schema:
// another site's picture (http or https) stays as a placeholder the server can store, so the desk
// can import it; a picture that can never be fetched (file:, data:) is left out.

function pasted(html: string) {
  const page = new DOMParser().parseFromString(`<html><body>${html}</body></html>`, "text/html");
  const node = ProseMirrorParser.fromSchema(getSchema(documentExtensions())).parse(page.body as never);
  return normalizeEditorJson(node.toJSON()) as { content: { type: string; attrs?: Record<string, unknown> }[] };
}
const images = (html: string) =>
  pasted(html)
    .content.filter((n) => n.type === "image")
    .map((n) => n.attrs);

describe("a pasted picture from another site", () => {
  it.each(["https://203.0.113.7/wire/cranes.jpg", "http://203.0.113.7/wire/cranes.jpg"])(
    "at %s is kept, with its alt text, as a placeholder the server stores",
    (src) => {
      const html = `<p>From the wire:</p><img src="${src}" alt="Cranes over the harbour">`;
      expect(images(html)).toEqual([{ src, alt: "Cranes over the harbour", caption: "", credit: "" }]);
      expect(parseDocument(pasted(html)).ok).toBe(true);
    },
  );

  it.each(["file:///C:/Users/me/cranes.jpg", "data:image/png;base64,iVBORw0KGgo="])("at %s is left out", (src) => {
    expect(images(`<p>Text</p><img src="${src}" alt="x">`)).toEqual([]);
  });
});
