import type { ArticleFields } from "@/lib/articles/fields";

export type FieldErrors = Partial<Record<keyof ArticleFields, string>>;

export type SaveStatus =
  | { kind: "saved"; at: string | null }
  | { kind: "saving" }
  /** Whether this device's copy holds every change yet is `behind` (use-shared-story), read by the indicator. */
  | { kind: "offline" }
  | { kind: "invalid"; errors: FieldErrors; message?: string }
  | { kind: "error"; message: string };

/** What the status is made of, each part set as the connection and the server tell it. */
interface Parts {
  open: boolean;
  connected: boolean;
  /** Whether the server's copy holds everything this one does, as of the last change to either. */
  allStored: boolean;
  stored: { at: string; errors: FieldErrors } | null;
  serverError: string | null;
}

export const NO_ERRORS: FieldErrors = Object.freeze({});

function statusOf(p: Parts): SaveStatus {
  if (p.serverError) return { kind: "error", message: p.serverError };
  if (p.open && p.allStored) {
    const errors = p.stored?.errors ?? NO_ERRORS;
    return Object.keys(errors).length ? { kind: "invalid", errors } : { kind: "saved", at: p.stored?.at ?? null };
  }
  return p.connected ? { kind: "saving" } : { kind: "offline" };
}

const sameErrors = (a: FieldErrors, b: FieldErrors) => JSON.stringify(a) === JSON.stringify(b);

const sameStatus = (a: SaveStatus, b: SaveStatus) =>
  a.kind === b.kind &&
  (a.kind !== "saved" || a.at === (b as typeof a).at) &&
  (a.kind !== "error" || a.message === (b as typeof a).message) &&
  (a.kind !== "invalid" || a.errors === (b as typeof a).errors);

/**
 * The desk editor's save status as a store, read by the few parts of the editor that show or wait for it. It
 * turns from "Saving…" to "Saved" and back with every store of the story, several times a minute
 * while someone types: kept as state of the editor, each turn would render the whole editor (its
 * panel, bars and notes) between two keys.
 */
export interface SaveStatusStore {
  get: () => SaveStatus;
  /** The fields the server found wrong at its last store (the same object while they stay the same). */
  errors: () => FieldErrors;
  subscribe: (listener: () => void) => () => void;
}

export function saveStatusStore(): SaveStatusStore & { set: (change: Partial<Parts>) => void } {
  let parts: Parts = { open: false, connected: false, allStored: false, stored: null, serverError: null };
  let status = statusOf(parts);
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    errors: () => parts.stored?.errors ?? NO_ERRORS,
    set(change) {
      const stored = change.stored;
      // Unchanged errors keep their object, so nothing that shows them renders again.
      if (stored && parts.stored && sameErrors(stored.errors, parts.stored.errors))
        change = { ...change, stored: { ...stored, errors: parts.stored.errors } };
      const errorsBefore = parts.stored?.errors;
      parts = { ...parts, ...change };
      const next = statusOf(parts);
      if (sameStatus(next, status) && parts.stored?.errors === errorsBefore) return;
      status = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
