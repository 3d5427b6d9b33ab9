"use client";

/** The byline: several authors, in order. */
export function AuthorPicker({
  value,
  people,
  error,
  onChange,
}: {
  value: string[];
  people: { id: string; name: string }[];
  error?: string;
  onChange: (ids: string[]) => void;
}) {
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? "Unknown";
  const move = (i: number, by: number) => {
    const next = [...value];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  const available = people.filter((p) => !value.includes(p.id));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Byline</legend>
      <ol className="space-y-1">
        {value.map((id, i) => (
          <li key={id} className="flex items-center gap-2 text-sm">
            <span className="flex-1">{name(id)}</span>
            <button
              type="button"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={`Move ${name(id)} earlier`}
              className="rounded border border-rule px-1 disabled:opacity-40"
            >
              ↑
            </button>
            <button
              type="button"
              disabled={i === value.length - 1}
              onClick={() => move(i, 1)}
              aria-label={`Move ${name(id)} later`}
              className="rounded border border-rule px-1 disabled:opacity-40"
            >
              ↓
            </button>
            <button
              type="button"
              disabled={value.length === 1}
              onClick={() => onChange(value.filter((x) => x !== id))}
              aria-label={`Remove ${name(id)}`}
              className="rounded border border-rule px-1 disabled:opacity-40"
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      {available.length ? (
        <label className="block text-sm">
          <span className="sr-only">Add an author</span>
          <select
            value=""
            onChange={(e) => e.target.value && onChange([...value, e.target.value])}
            className="block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm"
          >
            <option value="">Add an author…</option>
            {available.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {error ? <p className="text-xs font-semibold text-accent">{error}</p> : null}
    </fieldset>
  );
}
