import Link from "next/link";

/** Previous/next links for a paginated listing; page 1 is the bare path. */
export function Pagination({ basePath, page, totalPages }: { basePath: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const href = (p: number) => (p === 1 ? basePath : `${basePath}?page=${p}`);
  return (
    <nav
      aria-label="Pagination"
      className="mt-10 flex items-center justify-between border-t border-rule pt-4 text-sm font-semibold"
    >
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="text-accent hover:underline">
          <span aria-hidden="true">←</span> Newer stories
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted" aria-current="page">
        Page {page} of {totalPages}
      </p>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className="text-accent hover:underline">
          Older stories <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
