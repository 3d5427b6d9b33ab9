import type { ArticleDocument } from "./document";
import { documentTree, isImageLeaf, type Attrs, type ImageLeaf, type TreeNode } from "./node-map";

// The HTML output of the body's node map (./node-map.ts), for feeds: the same elements reader
// pages draw, without the page's own presentation (classes, the table's scroll region). The
// markup is what the body allowlist (./sanitize.ts) keeps, so sanitising it changes nothing.

const text = (s: string) => s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
const attribute = (s: string) => text(s).replace(/"/g, "&quot;");

// Written as XHTML-style empty tags, which HTML and XML readers both parse.
const VOID = new Set(["br", "hr", "img"]);

function attributes(attrs: Attrs | undefined): string {
  return Object.entries(attrs ?? {})
    .map(([name, value]) =>
      value === undefined || value === false
        ? ""
        : value === true
          ? ` ${name}`
          : ` ${name}="${attribute(String(value))}"`,
    )
    .join("");
}

// Feeds get the original at its own size; the page's responsive variants are the page's concern.
function image({ image: { src, alt, width, height } }: ImageLeaf): string {
  const size = width && height ? { width, height } : {};
  return `<img${attributes({ src, alt, ...size })} />`;
}

function html(node: TreeNode): string {
  if (node === null) return "";
  if (typeof node === "string") return text(node);
  if (isImageLeaf(node)) return image(node);
  const inner = (node.children ?? []).map(html).join("");
  if (node.pageOnly) return inner;
  return VOID.has(node.tag)
    ? `<${node.tag}${attributes(node.attrs)} />`
    : `<${node.tag}${attributes(node.attrs)}>${inner}</${node.tag}>`;
}

/** The body as HTML for feeds: one line per top-level block. */
export function documentToHtml(doc: ArticleDocument): string {
  return documentTree(doc)
    .filter((node) => node !== null)
    .map(html)
    .join("\n");
}
