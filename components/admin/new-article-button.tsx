"use client";

import { useActionState } from "react";
import { createArticleAction } from "@/app/admin/(desk)/articles/actions";
import { idle } from "@/lib/actions/result";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function NewArticleButton() {
  const [state, action] = useActionState(createArticleAction, idle);
  return (
    <form action={action}>
      <SubmitButton pendingText="Creating…">New article</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
