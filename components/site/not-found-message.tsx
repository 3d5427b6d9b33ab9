import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-bold uppercase tracking-wider text-accent">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We can’t find that page</h1>
      <p className="mt-4 text-muted">
        The story may have moved, or the address may be mistyped. Try the front page or one of the sections above.
      </p>
      <p className="mt-8">
        <Link href="/" className="inline-block rounded bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent">
          Go to the front page
        </Link>
      </p>
    </div>
  );
}
