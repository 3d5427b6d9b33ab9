// Contract for the publish flow: `imagesMissingAlt(doc, featured)` lists every image of an
// article that has neither alt text nor an explicit "decorative" mark, so the desk can ask for
// one before publishing. Pure: no I/O, safe on server and client.
//
// - `doc`: the article body: a validated document (lib/editor/document.ts) or the editor's raw
//   JSON of the same shape. Image nodes are found at any depth (in
//   block quotes, lists, table cells); an image lacks alt text when `attrs.alt` is blank and
//   `attrs.decorative` is not true.
// - `featured`: the featured image as { src, alt, decorative } (the library item), or null.
// - Returns entries in reading order, featured image first. For a body image, `index` counts
//   image nodes in document order from 0 (the editor can find the node by walking its images)
//   and `path` is the chain of `content` indexes from the document root to the node.

export interface MissingAlt {
  kind: "featured" | "body";
  src: string;
  index: number;
  path: number[];
}

type Node = { type?: string; attrs?: Record<string, unknown> | null; content?: readonly Node[] };
type ImageLike = { src: string; alt?: string | null; decorative?: boolean | null };

export const lacksAlt = (image: ImageLike) => !image.decorative && !(image.alt ?? "").trim();

export function imagesMissingAlt(doc: { content?: readonly Node[] }, featured?: ImageLike | null): MissingAlt[] {
  const missing: MissingAlt[] = [];
  if (featured && lacksAlt(featured)) missing.push({ kind: "featured", src: featured.src, index: 0, path: [] });
  let index = 0;
  // Lists, tables and quotes nest blocks; text nodes have no content and end the walk.
  const walk = (nodes: readonly Node[], path: number[]) =>
    nodes.forEach((node, i) => {
      const here = [...path, i];
      if (node.type === "image") {
        const attrs = node.attrs ?? {};
        const image = {
          src: String(attrs.src ?? ""),
          alt: typeof attrs.alt === "string" ? attrs.alt : "",
          decorative: attrs.decorative === true,
        };
        if (lacksAlt(image)) missing.push({ kind: "body", src: image.src, index, path: here });
        index += 1;
      } else if (Array.isArray(node.content)) {
        walk(node.content, here);
      }
    });
  walk(doc.content ?? [], []);
  return missing;
}

export interface AltFix {
  path: number[];
  alt: string;
  decorative: boolean;
}

/**
 * The body with alt text (or the decorative mark) set on the images at the given paths, as
 * `imagesMissingAlt` reported them. Returns a new document; paths that no longer lead to an image
 * are ignored (the body changed meanwhile, and the server checks again).
 */
export function applyAltText<D extends { content?: readonly Node[] }>(doc: D, fixes: readonly AltFix[]): D {
  const fixAt = (nodes: readonly Node[], path: number[], fix: AltFix): readonly Node[] =>
    nodes.map((node, i) => {
      if (i !== path[0]) return node;
      if (path.length > 1)
        return Array.isArray(node.content) ? { ...node, content: fixAt(node.content, path.slice(1), fix) } : node;
      if (node.type !== "image") return node;
      const attrs: Record<string, unknown> = { ...node.attrs, alt: fix.decorative ? "" : fix.alt.trim() };
      if (fix.decorative) attrs.decorative = true;
      else delete attrs.decorative;
      return { ...node, attrs };
    });
  return { ...doc, content: fixes.reduce((content, fix) => fixAt(content, fix.path, fix), doc.content ?? []) };
}
