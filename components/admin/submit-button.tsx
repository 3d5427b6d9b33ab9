"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
}: {
  children: string;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-ink text-paper hover:bg-accent",
    secondary: "border border-rule hover:border-ink",
    danger: "border border-accent text-accent hover:bg-accent hover:text-paper",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${styles}`}
    >
      {pending ? (pendingText ?? "Saving…") : children}
    </button>
  );
}
