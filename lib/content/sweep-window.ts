import { CACHE_SECONDS } from "./cache-tags";

// Timed changes nobody makes at the desk (a breaking alert expiring, an embargo lifting) must
// refresh cached pages when their time comes. Each server instance keeps its own cache, so each
// remembers how far it has looked; a fresh start looks back one cache lifetime, since anything
// older has already aged out of the cache. A window counts as looked at only once its sweep has
// finished: a sweep that fails (a busy database, say) is looked at again by the next one.
let sweptUntil: Date | null = null;

export function nextSweepWindow(now = new Date()): { from: Date; to: Date } {
  return { from: sweptUntil ?? new Date(now.getTime() - CACHE_SECONDS * 1000), to: now };
}

export function markSwept(to: Date) {
  if (!sweptUntil || to > sweptUntil) sweptUntil = to;
}
