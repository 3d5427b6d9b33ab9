import type { ArticleDocument } from "@/lib/editor/document";
import { countWords, plainText, readingMinutes } from "@/lib/editor/text";
import { sanitizeBodyHtml } from "@/lib/editor/sanitize";
import { documentToHtml } from "@/lib/editor/to-html";

/** Fields stored alongside a body and recomputed from it on every save. */
export function deriveBodyFields(doc: ArticleDocument) {
  const text = plainText(doc);
  const words = countWords(text);
  return {
    body: JSON.stringify(doc),
    bodyHtml: sanitizeBodyHtml(documentToHtml(doc)),
    bodyText: text,
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
}
