const parse = (text: string) =>
  text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * The story's tags after one person's edit of the tags box: only what they added or removed in
 * their text is applied to the tags as they are now, so a tag a colleague added meanwhile (not in
 * this box yet) stays. A tag edited in place (one removed, one added) keeps its position.
 */
export function applyTagEdit(current: readonly string[], beforeText: string, afterText: string): string[] {
  const before = parse(beforeText);
  const after = parse(afterText);
  const removed = before.filter((t) => !after.includes(t));
  const added = after.filter((t) => !before.includes(t) && !current.includes(t));
  const next = [...current];
  if (removed.length === 1 && added.length === 1 && next.includes(removed[0]!)) {
    next[next.indexOf(removed[0]!)] = added[0]!;
    return next;
  }
  return [...next.filter((t) => !removed.includes(t)), ...added];
}
