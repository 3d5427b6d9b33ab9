"use client";

import { useRef, useState, useTransition } from "react";
import { breakingAction } from "@/app/admin/(desk)/articles/[id]/breaking-actions";
import { isBreakingActive, type BreakingState } from "@/lib/breaking/rules";
import { fromWallTime } from "@/lib/format/desk-time";
import { DeskTime } from "../clock/desk-time";
import { useDeskZone } from "../clock/desk-zone";
import { PickerZone } from "../clock/picker-zone";

function Describe({ state: s }: { state: BreakingState }) {
  if (!s.breaking) return "Not breaking.";
  if (!s.until) return "Breaking until cleared.";
  const when = <DeskTime iso={s.until} />;
  return isBreakingActive(s) ? <>Breaking until {when}.</> : <>Breaking news expired at {when}.</>;
}

/** Marks a published story breaking (site-wide banner, top of the front page) or clears it. Editors only. */
export function BreakingControl({
  articleId,
  title,
  initial,
}: {
  articleId: string;
  title: string;
  initial: BreakingState;
}) {
  const [state, setState] = useState(initial);
  // Read from the field itself when the button is pressed: a time typed before the page finished
  // loading is kept (a controlled field would be reset to empty by hydration, silently).
  const untilField = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // The picker's wall time is read on the publication's clock, not the computer's.
  const zone = useDeskZone();
  const [chosen, setChosen] = useState<string | null>(null);
  const submit = (breaking: boolean) =>
    startTransition(async () => {
      const until = untilField.current?.value ?? "";
      const result = await breakingAction({
        id: articleId,
        breaking,
        until: breaking && until ? fromWallTime(until, zone) : null,
      });
      if (result.ok) {
        setState({ breaking, until: result.until });
        setMessage(breaking ? "Marked as breaking news." : "Breaking news cleared.");
      } else setMessage(result.message);
    });
  return (
    <section aria-labelledby="breaking-heading" className="space-y-2 rounded border border-rule p-3">
      <h2 id="breaking-heading" className="text-sm font-bold">
        Breaking news
      </h2>
      <p className="text-sm">
        <Describe state={state} />
      </p>
      <label htmlFor="breaking-until" className="block text-sm font-semibold">
        Breaking until
      </label>
      <input
        id="breaking-until"
        type="datetime-local"
        step={1}
        ref={untilField}
        defaultValue=""
        onChange={(e) => setChosen(fromWallTime(e.target.value, zone))}
        aria-describedby="breaking-until-zone breaking-until-hint"
        className="block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm"
      />
      <PickerZone iso={chosen} id="breaking-until-zone" />
      <p id="breaking-until-hint" className="text-xs text-muted">
        Leave empty to keep it breaking until you clear it.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending}
          onClick={() => submit(true)}
          className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-paper disabled:opacity-50"
        >
          Mark breaking
        </button>
        {state.breaking ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              if (window.confirm(`Clear breaking news for “${title}”? The banner leaves every page at once.`))
                submit(false);
            }}
            className="rounded border border-rule px-3 py-1.5 text-sm font-semibold disabled:opacity-50"
          >
            Clear breaking
          </button>
        ) : null}
      </div>
      <p role="status" className="text-sm font-semibold">
        {message}
      </p>
    </section>
  );
}
