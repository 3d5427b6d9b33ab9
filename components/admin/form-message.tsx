/** What a desk form announces: any action Result (or the form's own notice, e.g. an upload's). */
export type Notice = { ok: boolean; message?: string };

/** The outcome of a desk form, announced to screen readers. */
export function FormMessage({ state }: { state: Notice }) {
  return (
    <div role="status" aria-live="polite">
      {state.message ? (
        <p
          className={`rounded px-3 py-2 text-sm font-semibold ${state.ok ? "bg-ink/5 text-ink" : "bg-accent-soft text-accent"}`}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
