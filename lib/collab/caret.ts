/**
 * Where a caret at `pos` in `before` belongs in `after`, when someone else changed the text: the
 * changed stretch is what lies between the common beginning and the common end. A caret before it
 * stays put, one after it moves with the text it follows, one inside it goes to the stretch's end.
 */
export function mapCaret(before: string, after: string, pos: number): number {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  if (pos <= prefix) return pos;
  if (pos >= before.length - suffix) return Math.min(after.length, pos + after.length - before.length);
  return after.length - suffix;
}
