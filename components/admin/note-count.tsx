/** How many desk notes a story has, beside its headline in the desk's lists (nothing when none). */
export function NoteCount({ count }: { count: number }) {
  if (!count) return null;
  return (
    <span className="ml-2 whitespace-nowrap text-xs font-normal text-muted">
      {count} {count === 1 ? "note" : "notes"}
    </span>
  );
}
