import type { ArticleDocument, Block, InlineNode } from "./document";

const WORDS_PER_MINUTE = 230;

function inlineText(nodes: InlineNode[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === "text" ? n.text : " ")).join("");
}

function blockText(block: Block): string[] {
  switch (block.type) {
    case "paragraph":
    case "heading":
    case "pullQuote":
      return [inlineText(block.content)];
    case "image":
      return [block.attrs.caption];
    case "horizontalRule":
    case "embed":
      return [];
    case "blockquote":
      return block.content.flatMap(blockText);
    case "bulletList":
    case "orderedList":
      return block.content.flatMap((item) => item.content.flatMap(blockText));
    case "table":
      return block.content.flatMap((row) => row.content.flatMap((cell) => cell.content.flatMap(blockText)));
  }
}

/** The document's readable text, one block per line. */
export function plainText(doc: ArticleDocument): string {
  return doc.content.flatMap(blockText).filter(Boolean).join("\n");
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
