import { Lexer, type Token, type Tokens } from "marked";
import type { ArticleDocument, Block, InlineNode, Mark } from "./document";

// Converts Markdown (as written for demo content and imports) into the editor's document.
// A nested block quote (`>> …`) becomes a pull quote; a paragraph holding only an image
// becomes an image block whose src the caller resolves.

export interface ImageRef {
  src: string;
  /** The media library item behind `src`, when there is one. */
  mediaId?: string;
  width?: number;
  height?: number;
  credit?: string;
}
export type ImageResolver = (key: string) => ImageRef | undefined;

function inline(tokens: Token[] | undefined, marks: Mark[] = []): InlineNode[] {
  const out: InlineNode[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case "strong":
        out.push(...inline((t as Tokens.Strong).tokens, [...marks, { type: "bold" }]));
        break;
      case "em":
        out.push(...inline((t as Tokens.Em).tokens, [...marks, { type: "italic" }]));
        break;
      case "link":
        out.push(
          ...inline((t as Tokens.Link).tokens, [...marks, { type: "link", attrs: { href: (t as Tokens.Link).href } }]),
        );
        break;
      case "br":
        out.push({ type: "hardBreak" });
        break;
      case "text":
      case "escape":
      case "codespan": {
        const nested = (t as Tokens.Text).tokens;
        if (t.type === "text" && nested?.length) out.push(...inline(nested, marks));
        else if (t.text)
          out.push(marks.length ? { type: "text", text: t.text, marks } : { type: "text", text: t.text });
        break;
      }
      default:
        if ("text" in t && typeof t.text === "string" && t.text)
          out.push({ type: "text", text: t.text, ...(marks.length ? { marks } : {}) });
    }
  }
  return out;
}

function blocks(tokens: Token[], resolve: ImageResolver): Block[] {
  const out: Block[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case "heading": {
        const level = Math.min(4, Math.max(2, (t as Tokens.Heading).depth)) as 2 | 3 | 4;
        out.push({ type: "heading", attrs: { level }, content: inline((t as Tokens.Heading).tokens) });
        break;
      }
      case "paragraph": {
        const p = t as Tokens.Paragraph;
        const only = p.tokens.filter((x) => !(x.type === "text" && !x.raw.trim()));
        if (only.length === 1 && only[0]!.type === "image") {
          const img = only[0] as Tokens.Image;
          const ref = resolve(img.href);
          if (ref) {
            out.push({
              type: "image",
              attrs: {
                src: ref.src,
                alt: img.text,
                caption: img.title ?? "",
                credit: ref.credit ?? "",
                width: ref.width ?? null,
                height: ref.height ?? null,
                ...(ref.mediaId ? { mediaId: ref.mediaId } : {}),
              },
            });
            break;
          }
        }
        out.push({ type: "paragraph", content: inline(p.tokens) });
        break;
      }
      case "blockquote": {
        const inner = (t as Tokens.Blockquote).tokens.filter((x) => x.type !== "space");
        if (inner.length === 1 && inner[0]!.type === "blockquote") {
          const text = (inner[0] as Tokens.Blockquote).tokens.filter(
            (x) => x.type === "paragraph",
          ) as Tokens.Paragraph[];
          out.push({ type: "pullQuote", content: text.flatMap((p) => inline(p.tokens)) });
        } else {
          out.push({ type: "blockquote", content: blocks(inner, resolve) });
        }
        break;
      }
      case "list": {
        const list = t as Tokens.List;
        out.push({
          type: list.ordered ? "orderedList" : "bulletList",
          ...(list.ordered && typeof list.start === "number" && list.start !== 1
            ? { attrs: { start: list.start } }
            : {}),
          content: list.items.map((item) => ({
            type: "listItem" as const,
            content: item.tokens.flatMap((x): Block[] =>
              x.type === "text"
                ? [{ type: "paragraph", content: inline((x as Tokens.Text).tokens ?? [x]) }]
                : blocks([x], resolve),
            ),
          })),
        });
        break;
      }
      case "hr":
        out.push({ type: "horizontalRule" });
        break;
      case "table": {
        const table = t as Tokens.Table;
        const cell = (c: Tokens.TableCell, header: boolean) => ({
          type: header ? ("tableHeader" as const) : ("tableCell" as const),
          content: [{ type: "paragraph" as const, content: inline(c.tokens) }],
        });
        out.push({
          type: "table",
          content: [
            { type: "tableRow", content: table.header.map((c) => cell(c, true)) },
            ...table.rows.map((r) => ({ type: "tableRow" as const, content: r.map((c) => cell(c, false)) })),
          ],
        });
        break;
      }
      case "space":
      case "html":
        break;
      default:
        if ("text" in t && typeof t.text === "string" && t.text.trim())
          out.push({ type: "paragraph", content: [{ type: "text", text: t.text }] });
    }
  }
  return out;
}

export function documentFromMarkdown(markdown: string, resolve: ImageResolver = () => undefined): ArticleDocument {
  return { type: "doc", content: blocks(new Lexer().lex(markdown), resolve) };
}
