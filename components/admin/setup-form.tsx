"use client";

import { useActionState } from "react";
import { setupAction } from "@/app/admin/setup/actions";
import { idle } from "@/lib/actions/result";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function SetupForm() {
  const [state, action] = useActionState(setupAction, idle);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <Field
        label="Your name"
        name="name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words make a strong one.`}
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
      <SubmitButton pendingText="Creating…">Create administrator</SubmitButton>
    </form>
  );
}
