import Link from "next/link";

// Rendered with a 403 status by forbidden(), for desk pages a role may not use.
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-bold uppercase tracking-wider text-accent">Error 403</p>
      <h1 className="mt-2 text-3xl font-bold">You don’t have access to this page</h1>
      <p className="mt-4 text-muted">Your role doesn’t include it. If you need it, ask an administrator.</p>
      <p className="mt-8">
        <Link href="/admin" className="inline-block rounded bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent">
          Back to the desk
        </Link>
      </p>
    </main>
  );
}
