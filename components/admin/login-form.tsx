"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { announceSignedIn } from "@/lib/auth/signed-in-signal";
import { Field } from "./field";

const LOCKED = "TooManyAttempts";

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      announceSignedIn();
      router.replace(next);
      router.refresh();
      return;
    }
    setError(
      result?.error === LOCKED
        ? "Too many failed sign-in attempts. For your security, sign-in is paused for 15 minutes."
        : "That email and password don’t match an active account.",
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div role="alert" aria-live="assertive">
        {error ? <p className="rounded bg-accent-soft px-3 py-2 text-sm font-semibold text-accent">{error}</p> : null}
      </div>
      <Field label="Email" name="email" type="email" autoComplete="username" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-ink px-4 py-2 font-semibold text-paper hover:bg-accent disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
