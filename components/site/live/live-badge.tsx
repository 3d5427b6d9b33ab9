/** Marks a story whose live coverage is running. */
export function LiveBadge() {
  return (
    <span className="mr-2 inline-flex items-center gap-1 rounded bg-accent px-1.5 py-0.5 text-[0.7rem] font-bold uppercase tracking-wider text-paper">
      <span aria-hidden="true" className="inline-block h-1.5 w-1.5 rounded-full bg-paper" />
      Live
    </span>
  );
}
