import { changedStretch } from "./changed-stretch";

/**
 * Where a caret at `pos` in `before` belongs in `after`, when someone else changed the text: the
 * changed stretch is what lies between the common beginning and the common end. A caret before it
 * stays put, one after it moves with the text it follows, one inside it goes to the stretch's end.
 */
export function mapCaret(before: string, after: string, pos: number): number {
  const { start: prefix, end: suffix } = changedStretch(before, after);
  if (pos <= prefix) return pos;
  if (pos >= before.length - suffix) return Math.min(after.length, pos + after.length - before.length);
  return after.length - suffix;
}
