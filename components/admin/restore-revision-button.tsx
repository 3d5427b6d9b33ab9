"use client";

import { useActionState } from "react";
import { restoreRevisionAction } from "@/app/admin/(desk)/articles/[id]/revisions/actions";
import { idle } from "@/lib/actions/result";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function RestoreRevisionButton({
  articleId,
  revisionId,
  baseVersion,
  label,
}: {
  articleId: string;
  revisionId: string;
  baseVersion: number;
  label: string;
}) {
  const [state, action] = useActionState(restoreRevisionAction, idle);
  return (
    <form action={action}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <SubmitButton variant="secondary" pendingText="Restoring…">
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
