"use client";

import Link from "next/link";
import { useActionState } from "react";
import { changeOwnPassword, updateProfile } from "@/app/admin/(desk)/profile/actions";
import { idle } from "@/lib/actions/result";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function ProfileForm({ name, bio }: { name: string; bio: string }) {
  const [state, action] = useActionState(updateProfile, idle);
  return (
    <form action={action} className="mt-4 space-y-4">
      <FormMessage state={state} />
      <Field
        label="Name"
        name="name"
        defaultValue={state.values?.name ?? name}
        required
        error={state.fieldErrors?.name}
      />
      <Field label="Bio" name="bio" error={state.fieldErrors?.bio}>
        <textarea
          id="field-bio"
          name="bio"
          defaultValue={state.values?.bio ?? bio}
          rows={4}
          maxLength={600}
          aria-invalid={state.fieldErrors?.bio ? true : undefined}
          className="block w-full rounded border border-rule bg-paper px-3 py-2"
        />
      </Field>
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}

export function PasswordForm() {
  const [state, action] = useActionState(changeOwnPassword, idle);
  return (
    <form action={action} className="mt-4 space-y-4">
      <FormMessage state={state} />
      {state.ok ? (
        <p>
          <Link href="/admin/login" className="font-semibold text-accent underline">
            Sign in again
          </Link>
        </p>
      ) : null}
      <Field
        label="Current password"
        name="current"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.current}
      />
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={state.fieldErrors?.password}
      />
      <Field
        label="Confirm new password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
