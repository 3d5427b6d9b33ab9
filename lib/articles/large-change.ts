import { plainText } from "@/lib/editor/text";
import type { ArticleFields } from "./fields";

// A save that removes or replaces much of a story (select all and type, paste over a selection,
// delete a long passage) must never be folded into the revision that holds the text it removed.

const readable = (f: Pick<ArticleFields, "title" | "standfirst" | "body">) =>
  [f.title, f.standfirst, plainText(f.body)].join("\n");

/**
 * Whether `after` drops more than a quarter of `before`'s readable text. What survives is what the
 * two share at their start and end (typing, however long, changes neither), so a replaced
 * selection counts as removed even when the new text is as long.
 */
export function isLargeChange(before: Pick<ArticleFields, "title" | "standfirst" | "body">, after: typeof before) {
  const a = readable(before);
  const b = readable(after);
  const limit = Math.min(a.length, b.length);
  let start = 0;
  while (start < limit && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return a.length - start - end > a.length / 4;
}
