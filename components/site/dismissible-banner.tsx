"use client";

import { useSyncExternalStore, type ReactNode } from "react";

// The dismissed story's id stays in this browser only (no cookie): a new breaking story shows again.
const KEY = "broadsheet:dismissed-breaking";
const listeners = new Set<() => void>();
// Where storage is refused (some private modes), the choice lasts until the page is left.
let remembered: string | null = null;
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
};
const readDismissed = () => {
  try {
    return window.localStorage.getItem(KEY) ?? remembered;
  } catch {
    return remembered;
  }
};

export function DismissibleBanner({ id, children }: { id: string; children: ReactNode }) {
  const dismissed = useSyncExternalStore(subscribe, readDismissed, () => null);
  if (dismissed === id) return null;
  const dismiss = () => {
    remembered = id;
    try {
      window.localStorage.setItem(KEY, id);
    } catch {
      // Kept in memory only (see `remembered`).
    }
    for (const listener of listeners) listener();
  };
  return (
    <section aria-label="Breaking news" className="bg-accent text-paper">
      <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-2 text-sm">
        {children}
        <button
          type="button"
          onClick={dismiss}
          className="shrink-0 rounded border border-paper/60 px-2 py-0.5 text-xs font-semibold hover:bg-paper hover:text-accent"
        >
          Dismiss<span className="sr-only"> breaking news</span>
        </button>
      </div>
    </section>
  );
}
