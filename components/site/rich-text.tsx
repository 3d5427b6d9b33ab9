import { createElement, type ReactNode } from "react";
import { MediaImage } from "@/components/ui/media-image";
import type { ArticleDocument } from "@/lib/editor/document";
import { documentTree, isImageLeaf, type Attrs, type ImageLeaf, type TreeNode } from "@/lib/editor/node-map";

// The React output of the body's node map (lib/editor/node-map.ts), rendered on the server:
// elements from the map, never raw HTML, so nothing in a body can inject markup.

// The map speaks HTML attribute names; React spells these differently.
const REACT_NAMES: Record<string, string> = {
  class: "className",
  colspan: "colSpan",
  rowspan: "rowSpan",
  tabindex: "tabIndex",
  allowfullscreen: "allowFullScreen",
};

function props(attrs: Attrs | undefined, pageAttrs: Attrs | undefined) {
  const all: Attrs = { ...attrs, ...pageAttrs };
  return Object.fromEntries(Object.entries(all).map(([name, value]) => [REACT_NAMES[name] ?? name, value]));
}

function Picture({ image: { src, alt, width, height } }: ImageLeaf) {
  return width && height ? (
    <MediaImage image={{ src, alt, width, height }} sizes="(min-width: 768px) 42rem, 100vw" />
  ) : (
    // eslint-disable-next-line @next/next/no-img-element -- external image of unknown size
    <img src={src} alt={alt} loading="lazy" />
  );
}

function react(node: TreeNode, key?: number): ReactNode {
  if (node === null || typeof node === "string") return node;
  if (isImageLeaf(node)) return <Picture key={key} {...node} />;
  // Children as arguments, not an array: they are fixed by the document, so need no keys.
  return createElement(
    node.tag,
    { key, ...props(node.attrs, node.pageAttrs) },
    ...(node.children ?? []).map((c) => react(c)),
  );
}

export function RichText({ doc }: { doc: ArticleDocument }) {
  return documentTree(doc).map(react);
}
