/** The masthead's search: a plain GET form, so it works without JavaScript. */
export function SearchBox() {
  return (
    <form role="search" action="/search" method="get" className="flex items-center gap-1">
      <label htmlFor="site-search" className="sr-only">
        Search stories
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        required
        maxLength={200}
        placeholder="Search"
        className="w-32 rounded border border-rule bg-transparent px-2 py-1 text-sm focus:w-48 sm:w-40"
      />
      <button type="submit" className="rounded bg-ink px-2 py-1 text-sm font-semibold text-paper hover:bg-accent">
        Search
      </button>
    </form>
  );
}
