"use client";

import type { SaveStatus } from "./use-shared-story";

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/**
 * What the server has stored, never more: "Saved 12:04" only once everything this browser holds
 * is stored; offline, "changes kept on this device" only once this device's copy has them all.
 */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const text = {
    saved: status.kind === "saved" && status.at ? `Saved ${time(status.at)}` : "All changes saved",
    saving: "Saving…",
    offline:
      status.kind === "offline" && !status.kept
        ? "Offline: keeping changes on this device…"
        : "Offline: changes kept on this device",
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
