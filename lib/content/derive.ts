import type { ArticleDocument } from "@/lib/editor/document";
import { countWords, plainText, readingMinutes } from "@/lib/editor/text";

/** Fields stored alongside a body and recomputed from it on every save. */
export function deriveBodyFields(doc: ArticleDocument) {
  const text = plainText(doc);
  const words = countWords(text);
  return {
    body: JSON.stringify(doc),
    bodyText: text,
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
}
