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
  confirm,
  undoing = false,
}: {
  articleId: string;
  revisionId: string;
  baseVersion: number;
  label: string;
  /** Asked before the restore replaces the editor's text (not for an undo, which puts it back). */
  confirm?: string;
  undoing?: boolean;
}) {
  const [state, action] = useActionState(restoreRevisionAction, idle);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {undoing ? <input type="hidden" name="undoing" value="1" /> : null}
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
