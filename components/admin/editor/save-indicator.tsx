"use client";

import type { SaveStatus } from "./use-autosave";

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** "Saving…", "Saved 12:04", "Offline: changes kept on this device". */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const text = {
    saved: status.kind === "saved" && status.at ? `Saved ${time(status.at)}` : "All changes saved",
    dirty: "Unsaved changes",
    saving: "Saving…",
    offline: "Offline: changes kept on this device",
    invalid: "Not saved: check the fields marked in red",
    error: status.kind === "error" ? `Not saved: ${status.message}` : "",
    conflict: "Not saved: someone else saved a newer version",
  }[status.kind];
  const alarming = ["offline", "invalid", "error", "conflict"].includes(status.kind);
  return (
    <p role="status" aria-live="polite" className={`text-sm font-semibold ${alarming ? "text-accent" : "text-muted"}`}>
      {text}
    </p>
  );
}
