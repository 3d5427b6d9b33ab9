"use client";

import { useEffect, useState } from "react";
import type { Count } from "./use-shared-story";

export const LEAVE_QUESTION =
  "Your latest changes haven’t reached the server yet. They are kept on this device and will be sent when you open this story again. Leave anyway?";

/** Whether a click on `a` would take the browser to another page of this site, in this tab. */
function leavesPage(event: MouseEvent, a: HTMLAnchorElement) {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if ((a.target && a.target !== "_self") || a.hasAttribute("download")) return false;
  const to = new URL(a.href, location.href);
  return to.origin === location.origin && (to.pathname !== location.pathname || to.search !== location.search);
}

/**
 * Leaving the editor while the server lacks some of one's own changes asks first: closing or
 * reloading the tab (the browser's own question) and the desk's links (which change pages without
 * unloading, so the browser would not ask). Only once the person has edited something: the
 * editor's own tidying of a story as it opens is not their work, and must not stop them leaving a
 * story they only looked at.
 */
export function useLeaveGuard(pending: Count) {
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    if (edited) return;
    const mark = () => setEdited(true);
    const events = ["beforeinput", "input", "paste", "drop", "cut", "change"] as const;
    events.forEach((e) => document.addEventListener(e, mark, true));
    return () => events.forEach((e) => document.removeEventListener(e, mark, true));
  }, [edited]);

  // The count is read when the person leaves, not rendered: it changes with every key.
  useEffect(() => {
    if (!edited) return;
    const unsaved = () => pending.get() > 0;
    const ask = (e: BeforeUnloadEvent) => {
      if (unsaved()) e.preventDefault();
    };
    // Captured before the page's own handlers, so a declined question stops the link's navigation too.
    const askOnLink = (e: MouseEvent) => {
      if (!unsaved()) return;
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!(a instanceof HTMLAnchorElement) || !leavesPage(e, a)) return;
      if (window.confirm(LEAVE_QUESTION)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener("beforeunload", ask);
    document.addEventListener("click", askOnLink, true);
    return () => {
      window.removeEventListener("beforeunload", ask);
      document.removeEventListener("click", askOnLink, true);
    };
  }, [edited, pending]);
}
