"use client";

import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";

// The publication's time zone, read once by the desk layout on the server and handed to every desk
// time and picker below it, so none can fall back to the browser's own zone.
const DeskZone = createContext("UTC");

export function DeskZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <DeskZone.Provider value={timeZone}>{children}</DeskZone.Provider>;
}

export const useDeskZone = () => useContext(DeskZone);

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const onServer = () => null;

/** The zone of the computer the desk is open on; null while the server renders (it cannot know). */
export const useViewerZone = (): string | null => useSyncExternalStore(noSubscription, browserZone, onServer);
