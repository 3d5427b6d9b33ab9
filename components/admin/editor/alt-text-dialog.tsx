"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { AltFix, MissingAlt } from "@/lib/media/alt-text";

export interface AltAnswers {
  body: AltFix[];
  featured: { alt: string; decorative: boolean } | null;
}

type Answer = { alt: string; decorative: boolean };

/**
 * Publishing or scheduling found images nobody described: asks for alt text, or an explicit
 * "decorative", for each, then carries on. `onConfirm` resolves to an error to show, or null.
 */
export function AltTextDialog({
  missing,
  verb,
  onConfirm,
  onCancel,
}: {
  missing: MissingAlt[];
  verb: "publish" | "schedule";
  onConfirm: (answers: AltAnswers) => Promise<string | null>;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [answers, setAnswers] = useState<Answer[]>(() => missing.map(() => ({ alt: "", decorative: false })));
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);
  const set = (i: number, a: Answer) => setAnswers((prev) => prev.map((old, j) => (j === i ? a : old)));
  const unanswered = (a: Answer) => !a.decorative && !a.alt.trim();

  async function submit() {
    setTried(true);
    if (answers.some(unanswered)) return;
    setBusy(true);
    const featuredAt = missing.findIndex((m) => m.kind === "featured");
    const failure = await onConfirm({
      featured: featuredAt >= 0 ? answers[featuredAt]! : null,
      body: missing.flatMap((m, i) => (m.kind === "body" ? [{ path: m.path, ...answers[i]! }] : [])),
    });
    setBusy(false);
    if (failure) setError(failure);
    else ref.current?.close();
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onCancel}
      className="m-auto max-h-[90vh] w-[min(48rem,95vw)] overflow-auto rounded border border-rule bg-paper p-6 text-ink backdrop:bg-ink/40"
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId} className="text-xl font-bold">
          Describe the images before you {verb}
        </h2>
        <p className="mt-2 text-sm text-muted">
          Readers who can’t see an image hear its alt text instead. Say what it shows that matters to the story, or mark
          it decorative if it adds nothing.
        </p>
        <div className="mt-4 space-y-4">
          {missing.map((m, i) => {
            const a = answers[i]!;
            const name = m.kind === "featured" ? "Featured image" : `Image ${m.index + 1} in the story`;
            const invalid = tried && unanswered(a);
            return (
              <fieldset
                key={`${m.kind}-${m.path.join(".")}`}
                className="grid gap-3 rounded border border-rule p-3 sm:grid-cols-[8rem_minmax(0,1fr)]"
              >
                <legend className="px-1 text-sm font-bold">{name}</legend>
                {/* eslint-disable-next-line @next/next/no-img-element -- a preview beside the words that describe it */}
                <img src={m.src} alt="" className="h-24 w-32 rounded object-cover" />
                <div className="space-y-2">
                  <label htmlFor={`${titleId}-${i}`} className="block text-sm font-semibold">
                    Alt text
                  </label>
                  <textarea
                    id={`${titleId}-${i}`}
                    rows={2}
                    maxLength={500}
                    value={a.alt}
                    disabled={a.decorative}
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? `${titleId}-${i}-error` : undefined}
                    onChange={(e) => set(i, { ...a, alt: e.target.value })}
                    className="block w-full rounded border border-rule bg-paper px-2 py-1 text-sm aria-[invalid=true]:border-accent"
                  />
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={a.decorative}
                      onChange={(e) => set(i, { ...a, decorative: e.target.checked })}
                    />
                    Decorative (no alt text)
                  </label>
                  {invalid ? (
                    <p id={`${titleId}-${i}-error`} className="text-sm font-semibold text-accent">
                      Describe this image, or mark it decorative.
                    </p>
                  ) : null}
                </div>
              </fieldset>
            );
          })}
        </div>
        {error ? (
          <p role="alert" className="mt-4 text-sm font-semibold text-accent">
            {error}
          </p>
        ) : null}
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="submit"
            disabled={busy}
            className="rounded bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60"
          >
            {verb === "publish" ? "Save and publish" : "Save and schedule"}
          </button>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            className="rounded border border-rule px-4 py-2 font-semibold"
          >
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
