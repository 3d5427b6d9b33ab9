// Engines mark matches in headlines and snippets with two control characters that never occur in
// stored text; this turns a marked string into segments the page renders as text and <mark>.
// Nothing from the database is ever rendered as HTML.

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

export interface Segment {
  text: string;
  match: boolean;
}

export function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  let match = false;
  for (const piece of marked.split(/([\u0002\u0003])/)) {
    if (piece === MARK_START) match = true;
    else if (piece === MARK_END) match = false;
    else if (piece) segments.push({ text: piece, match });
  }
  return segments;
}

/**
 * The one snippet rule for both engines: a result shows its marked body text, or its marked
 * standfirst when only the standfirst matched (a body without a match says nothing about the query).
 */
export function chooseSnippet(marked: { body: string; standfirst: string } | undefined): string {
  if (!marked) return "";
  return !marked.body.includes(MARK_START) && marked.standfirst.includes(MARK_START) ? marked.standfirst : marked.body;
}
