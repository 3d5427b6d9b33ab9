import type { ArticleDocument } from "@/lib/editor/document";
import { countWords, plainText, readingMinutes } from "@/lib/editor/text";
import { documentToHtml } from "@/lib/editor/to-html";

/** Fields stored alongside a body and recomputed from it on every save. */
export function deriveBodyFields(doc: ArticleDocument) {
  const text = plainText(doc);
  const words = countWords(text);
  return { body: JSON.stringify(doc), bodyHtml: documentToHtml(doc), bodyText: text, wordCount: words, readingMinutes: readingMinutes(words) };
}
