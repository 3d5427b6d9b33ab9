"use client";

import { useActionState } from "react";
import { endOwnSession } from "@/app/admin/(desk)/profile/actions";
import { idle } from "@/lib/actions/result";
import type { OwnSession } from "@/lib/auth/own-sessions";
import { DeskTime } from "./clock/desk-time";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

/** One's signed-in browsers; any but this one can be ended from here. */
export function SessionList({ sessions }: { sessions: OwnSession[] }) {
  // One state for every row's form: the ended row leaves the list, its outcome stays above it.
  const [state, action] = useActionState(endOwnSession, idle);
  return (
    <div className="mt-4 space-y-3">
      <FormMessage state={state} />
      <ul className="divide-y divide-rule" aria-label="Signed-in sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="font-semibold">
                {s.device}
                {s.current ? <span className="ml-2 text-sm font-normal text-muted">This device</span> : null}
              </p>
              <p className="text-sm text-muted">
                Signed in <DeskTime iso={s.createdAt} />; last seen <DeskTime iso={s.lastSeenAt} />
              </p>
            </div>
            {s.current ? null : (
              <form action={action}>
                <input type="hidden" name="sessionId" value={s.id} />
                <SubmitButton variant="danger" pendingText="Ending…">
                  End session
                </SubmitButton>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
