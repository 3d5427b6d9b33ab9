"use client";

import { useSyncExternalStore } from "react";
import { DeskTime } from "../clock/desk-time";
import { useSaveStatus, type SaveStatusStore } from "./save-status";
import type { Count } from "./use-shared-story";

const none = () => 0;
const noSubscription = () => () => {};

/**
 * What the server has stored, never more: "Saved 12:04 GMT+5" (on the publication's clock) only once everything this browser holds
 * is stored; offline, "changes kept on this device" only once this device's copy has them all,
 * with how many where this page made them (a page opened offline knows only that there are some).
 */
export function SaveIndicator({ store, pending, behind }: { store: SaveStatusStore; pending?: Count; behind?: Count }) {
  const status = useSaveStatus(store);
  // Both change with every key but are shown only offline: online, following them would render
  // the indicator twice per key for nothing.
  const offline = status.kind === "offline";
  const n = useSyncExternalStore((offline && pending?.subscribe) || noSubscription, pending?.get ?? none, none);
  const keeping = useSyncExternalStore((offline && behind?.subscribe) || noSubscription, behind?.get ?? none, none) > 0;
  const kept = n > 0 ? `${n.toLocaleString("en")} ${n === 1 ? "change" : "changes"} kept` : "changes kept";
  const text = {
    saved:
      status.kind === "saved" && status.at ? (
        <>
          Saved <DeskTime iso={status.at} date={false} />
        </>
      ) : (
        "All changes saved"
      ),
    saving: "Saving…",
    offline: keeping ? "Offline: keeping changes on this device…" : `Offline: ${kept} on this device`,
    invalid: "Saved, except the fields marked in red",
    error: status.kind === "error" ? `Not saved: ${status.message}` : "",
  }[status.kind];
  const alarming = ["offline", "invalid", "error"].includes(status.kind);
  return (
    <p role="status" aria-live="polite" className={`text-sm font-semibold ${alarming ? "text-accent" : "text-muted"}`}>
      {text}
    </p>
  );
}
