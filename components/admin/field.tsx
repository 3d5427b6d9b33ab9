import type { InputHTMLAttributes, ReactNode } from "react";

/** A labelled input with its hint and error wired up for assistive technology. */
export function Field({
  label,
  name,
  error,
  hint,
  children,
  ...input
}: {
  label: string;
  name: string;
  error?: string[];
  hint?: ReactNode;
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = input.id ?? `field-${name}`;
  const describedBy =
    [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {children ?? (
        <input
          id={id}
          name={name}
          aria-invalid={error?.length ? true : undefined}
          aria-describedby={describedBy}
          className="block w-full rounded border border-rule bg-paper px-3 py-2 text-ink aria-[invalid=true]:border-accent"
          {...input}
        />
      )}
      {error?.length ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-accent">
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
