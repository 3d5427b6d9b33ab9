"use client";

import { useSyncExternalStore } from "react";
import { NO_ERRORS, type SaveStatus, type SaveStatusStore } from "@/lib/collab/save-status";

export type { FieldErrors, SaveStatus, SaveStatusStore } from "@/lib/collab/save-status";

const onServer = (): SaveStatus => ({ kind: "saving" });

/** The status, for a part that shows it (renders that part, not the editor, when it turns). */
export const useSaveStatus = (store: SaveStatusStore) => useSyncExternalStore(store.subscribe, store.get, onServer);

/** Whether everything is stored: a move waits for it. */
export const useSaved = (store: SaveStatusStore) =>
  useSyncExternalStore(
    store.subscribe,
    () => store.get().kind === "saved",
    () => false,
  );

/** The fields marked wrong, as of the server's last store (not cleared while the next is on its way). */
export const useFieldErrors = (store: SaveStatusStore) =>
  useSyncExternalStore(store.subscribe, store.errors, () => NO_ERRORS);
