import { CACHE_SECONDS } from "./cache-tags";

// Timed changes nobody makes at the desk (a breaking alert expiring, an embargo lifting) must
// refresh cached pages when their time comes. Each server instance keeps its own cache, so each
// remembers how far it has looked; a fresh start looks back one cache lifetime, since anything
// older has already aged out of the cache.
let sweptUntil: Date | null = null;

export function nextSweepWindow(now = new Date()): { from: Date; to: Date } {
  const from = sweptUntil ?? new Date(now.getTime() - CACHE_SECONDS * 1000);
  sweptUntil = now;
  return { from, to: now };
}
