import type { ArticleDocument, Block, InlineNode, ListItem, Mark, TableCell, TableRow } from "./document";
import { isRemoteImageSrc } from "@/lib/media/remote-images";
import { isXPostUrl, youtubeEmbedSrc, youtubeId } from "./embeds";

// The one map from a body's nodes and marks to elements. It builds a neutral tree that two
// outputs draw: React on reader pages (components/site/rich-text.tsx) and an HTML string for
// feeds (./to-html.ts). Every rule about what a node shows lives here, so the two cannot drift.

export type AttrValue = string | number | boolean | undefined;
export type Attrs = Record<string, AttrValue>;

export interface ElementNode {
  tag: string;
  /** HTML attribute names; both outputs carry them. */
  attrs?: Attrs;
  /** The page's own presentation (classes for the stylesheet, the page's landmarks): feeds have none of it. */
  pageAttrs?: Attrs;
  /** An element only pages draw (a scroll region, a styling span): feeds keep its content without it. */
  pageOnly?: boolean;
  children?: TreeNode[];
}

/** A picture: pages draw a responsive library image, feeds a plain <img> (each output decides how). */
export interface ImageLeaf {
  image: { src: string; alt: string; width?: number | null; height?: number | null };
}

export type TreeNode = string | ElementNode | ImageLeaf | null;

export const isImageLeaf = (node: ElementNode | ImageLeaf): node is ImageLeaf => "image" in node;

const el = (tag: string, attrs?: Attrs, children?: TreeNode[], pageAttrs?: Attrs): ElementNode => ({
  tag,
  attrs,
  children,
  pageAttrs,
});
const pageOnly = (node: ElementNode): ElementNode => ({ ...node, pageOnly: true });

/** The member of a node union with this type (some members share a shape: tableCell and tableHeader). */
type NodeOf<U extends { type: string }, T> = U extends unknown ? (T extends U["type"] ? U : never) : never;

/** One renderer per type: the compiler refuses a map that misses a type the schema has. */
type Renderers<U extends { type: string }, A extends unknown[]> = {
  [T in U["type"]]: (node: NodeOf<U, T>, ...args: A) => TreeNode;
};

export const markRenderers: Renderers<Mark, [TreeNode]> = {
  bold: (_, inner) => el("strong", undefined, [inner]),
  italic: (_, inner) => el("em", undefined, [inner]),
  // mailto: links open a mail program, so only web links need the opener cut.
  link: ({ attrs: { href } }, inner) =>
    el("a", { href, rel: /^https?:/i.test(href) ? "noopener" : undefined }, [inner]),
};

export const inlineRenderers: Renderers<InlineNode, []> = {
  text: ({ text, marks }) => (marks ?? []).reduceRight<TreeNode>((inner, m) => renderMark(m, inner), text),
  hardBreak: () => el("br"),
};

const renderMark = (mark: Mark, inner: TreeNode) =>
  (markRenderers[mark.type] as (m: Mark, inner: TreeNode) => TreeNode)(mark, inner);
const renderInline = (node: InlineNode) => (inlineRenderers[node.type] as (n: InlineNode) => TreeNode)(node);
const inline = (nodes: InlineNode[] | undefined) => (nodes ?? []).map(renderInline);
const blocks = (list: Block[]) => list.map(renderBlock);

const listItems = (items: ListItem[]) => items.map(renderContainer);

/** Nodes that only appear inside lists and tables. */
export const containerRenderers: Renderers<ListItem | TableRow | TableCell, []> = {
  listItem: (item) => el("li", undefined, blocks(item.content)),
  tableRow: (row) => el("tr", undefined, row.content.map(renderContainer)),
  tableHeader: (cell) => el("th", { colspan: cell.attrs?.colspan, rowspan: cell.attrs?.rowspan }, blocks(cell.content)),
  tableCell: (cell) => el("td", { colspan: cell.attrs?.colspan, rowspan: cell.attrs?.rowspan }, blocks(cell.content)),
};

const renderContainer = (node: ListItem | TableRow | TableCell) =>
  (containerRenderers[node.type] as (n: ListItem | TableRow | TableCell) => TreeNode)(node);

export const blockRenderers: Renderers<Block, []> = {
  // Empty paragraphs are spacing left in the editor, not content.
  paragraph: (b) => (b.content?.length ? el("p", undefined, inline(b.content)) : null),
  heading: (b) => el(`h${b.attrs.level}`, undefined, inline(b.content)),
  pullQuote: (b) =>
    el(
      "aside",
      undefined,
      [
        el("p", undefined, inline(b.content)),
        b.attrs?.attribution ? el("p", undefined, [b.attrs.attribution], { class: "pull-quote-attribution" }) : null,
      ],
      { class: "pull-quote", "aria-label": "Pull quote" },
    ),
  blockquote: (b) => el("blockquote", undefined, blocks(b.content)),
  bulletList: (b) => el("ul", undefined, listItems(b.content)),
  orderedList: (b) => el("ol", { start: b.attrs?.start }, listItems(b.content)),
  horizontalRule: () => el("hr"),
  // A picture still at another site's address is a placeholder for the desk (it blocks publishing):
  // readers never get a link to someone else's server, even from a story published before the rule.
  image: ({ attrs: { src, alt, caption, credit, width, height, decorative } }) =>
    isRemoteImageSrc(src)
      ? null
      : el("figure", undefined, [
          // A person marked the image decorative: screen readers skip it, whatever alt it once had.
          { image: { src, alt: decorative ? "" : alt, width, height } },
          caption || credit
            ? el("figcaption", undefined, [
                caption,
                credit ? pageOnly(el("span", undefined, [" ", credit], { class: "credit" })) : null,
              ])
            : null,
        ]),
  embed: ({ attrs: { provider, url } }) => {
    const id = provider === "youtube" ? youtubeId(url) : null;
    if (id) {
      const iframe = el("iframe", {
        src: youtubeEmbedSrc(id),
        title: "Embedded YouTube video",
        loading: "lazy",
        allowfullscreen: true,
        sandbox: "allow-scripts allow-same-origin allow-presentation",
      });
      return el("figure", undefined, [iframe], { class: "embed" });
    }
    return isXPostUrl(url)
      ? el("p", undefined, [el("a", { href: url, rel: "noopener" }, ["View the post on X"])], { class: "embed-link" })
      : null;
  },
  table: (b) =>
    pageOnly(
      el("div", undefined, [el("table", undefined, [el("tbody", undefined, b.content.map(renderContainer))])], {
        class: "table-scroll",
        // A wide table scrolls on its own; keyboard users reach it as a named region.
        tabindex: 0,
        role: "region",
        "aria-label": "Table",
      }),
    ),
};

function renderBlock(block: Block): TreeNode {
  return (blockRenderers[block.type] as (b: Block) => TreeNode)(block);
}

/** The document as a tree both outputs draw. */
export function documentTree(doc: ArticleDocument): TreeNode[] {
  return blocks(doc.content);
}
