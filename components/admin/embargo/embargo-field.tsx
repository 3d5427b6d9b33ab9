"use client";

// The side panel's embargo time. The browser's picker works in local time; the article stores UTC.
const toLocalInput = (iso: string | null) => {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
};

export function EmbargoField({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (iso: string | null) => void;
  error?: string;
}) {
  return (
    <div className="space-y-1 rounded border-2 border-accent/60 p-2">
      <label htmlFor="article-embargo" className="block text-sm font-semibold">
        Embargo until
      </label>
      <input
        id="article-embargo"
        type="datetime-local"
        step={1}
        value={toLocalInput(value)}
        onChange={(e) => onChange(e.target.value ? new Date(e.target.value).toISOString() : null)}
        aria-describedby="article-embargo-hint"
        aria-invalid={error ? true : undefined}
        className="block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm"
      />
      <p id="article-embargo-hint" className="text-xs text-muted">
        Before this time nothing of the story reaches readers: not its page, listings, search, feeds, sitemaps, images
        or preview links. Publishing before it schedules the story for it.
      </p>
      {error ? <p className="text-xs font-semibold text-accent">{error}</p> : null}
    </div>
  );
}
