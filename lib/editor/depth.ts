// How deeply a body's nodes nest (a list in a list item in a quote ...), measured without
// recursion, so that a document built to be thousands of levels deep is refused with a message
// before anything that recurses (the schema, the renderers, the editor's normaliser) touches it.

/** The deepest a body may nest: the document is level 1, each node inside another's content one more. */
export const MAX_DOCUMENT_DEPTH = 20;

export const TOO_DEEP_MESSAGE = `The article body is nested too deeply: blocks may sit at most ${MAX_DOCUMENT_DEPTH} levels inside one another.`;

/**
 * True when anything lies deeper than the limit. Every step down counts (into `content`, into
 * `marks`, into an array within an array), so even a value with cycles ends; a text node's marks
 * may sit one level below it.
 */
export function nestsTooDeeply(value: unknown, max = MAX_DOCUMENT_DEPTH): boolean {
  const stack: { node: unknown; depth: number; mark: boolean }[] = [{ node: value, depth: 1, mark: false }];
  while (stack.length) {
    const { node, depth, mark } = stack.pop()!;
    if (depth > max + (mark ? 1 : 0)) return true;
    if (Array.isArray(node)) {
      for (const child of node)
        if (child && typeof child === "object") stack.push({ node: child, depth: depth + 1, mark });
    } else if (node && typeof node === "object") {
      const { content, marks } = node as { content?: unknown; marks?: unknown };
      for (const [list, isMark] of [
        [content, false],
        [marks, true],
      ] as const) {
        if (!Array.isArray(list)) continue;
        for (const child of list)
          if (child && typeof child === "object") stack.push({ node: child, depth: depth + 1, mark: isMark });
      }
    }
  }
  return false;
}
