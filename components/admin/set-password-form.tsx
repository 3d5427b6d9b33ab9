"use client";

import { useActionState } from "react";
import { setPasswordWithToken } from "@/app/admin/reset/[token]/actions";
import { idle } from "@/lib/actions/result";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(setPasswordWithToken, idle);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
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
        label="Confirm password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
      <SubmitButton>Set password</SubmitButton>
    </form>
  );
}
