"use client";

import Link from "next/link";

// Shown when a reader page fails unexpectedly: no stack trace, just a way forward.
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-bold uppercase tracking-wider text-accent">Something went wrong</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">This page could not be shown</h1>
      <p className="mt-4 text-muted">
        Our systems hit a problem while preparing it. Please try again in a moment.
        {error.digest ? <span className="mt-2 block text-xs">Reference: {error.digest}</span> : null}
      </p>
      <p className="mt-8 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-ink px-5 py-2 font-semibold text-paper hover:bg-accent"
        >
          Try again
        </button>
        <Link href="/" className="rounded border border-rule px-5 py-2 font-semibold hover:border-accent">
          Front page
        </Link>
      </p>
    </div>
  );
}
