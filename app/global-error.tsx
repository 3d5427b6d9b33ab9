"use client";

// Last resort when even the root layout fails: plain HTML, no data.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem" }}>
        <h1>This page could not be shown</h1>
        <p>Something went wrong on our side. Please try again in a moment.</p>
        {error.digest ? <p>Reference: {error.digest}</p> : null}
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload is the point when the app itself failed */}
          <a href="/">Go to the front page</a>
        </p>
      </body>
    </html>
  );
}
