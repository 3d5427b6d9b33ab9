/** The ids with `id` moved one place up or down; unchanged at either end or when absent. */
export function moveInList(ids: string[], id: string, direction: "up" | "down"): string[] {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** A requested order is accepted only when it is the same items, each once. */
export function isPermutation(current: string[], requested: string[]): boolean {
  if (current.length !== requested.length || new Set(requested).size !== requested.length) return false;
  const known = new Set(current);
  return requested.every((id) => known.has(id));
}
