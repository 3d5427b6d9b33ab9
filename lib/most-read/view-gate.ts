import { createHmac, randomBytes } from "node:crypto";

// Which views may be counted, decided in memory before the database is touched: one per story per
// reader per window, and at most so many per story per minute. A reader is known only by a keyed
// hash of their address and user agent; the key is random, lives only in this process's memory and
// is replaced every UTC day, and a hash is forgotten when its window ends. Nothing is stored.

export const VIEW_WINDOW_MS = 60 * 60_000;
/** Per story, per minute, per server instance: far above what a real story gets on one instance. */
export const STORY_VIEWS_PER_MINUTE = 600;
/** Hashes remembered at most (about 100 bytes each); the oldest go first. */
const MAX_READERS = 200_000;
const DAY_MS = 86_400_000;

export interface ViewGate {
  /** True for the reader's first view of the story in the window (and remembers it). */
  firstView(reader: { address: string; userAgent: string }, articleId: string, now?: number): boolean;
  /**
   * True while the story is under its cap for this minute (and counts one more). Asked only for
   * stories readers can see, so made-up ids cannot fill it.
   */
  underCap(articleId: string, now?: number): boolean;
}

export function createViewGate(options: { maxReaders?: number; perMinute?: number } = {}): ViewGate {
  const maxReaders = options.maxReaders ?? MAX_READERS;
  const perMinute = options.perMinute ?? STORY_VIEWS_PER_MINUTE;
  let day = -1;
  let key = Buffer.alloc(0);
  // Insertion order is expiry order (every entry lives one window), so the oldest come first.
  const seen = new Map<string, number>();
  let minute = -1;
  const perStory = new Map<string, number>();

  const forgetExpired = (now: number) => {
    for (const [hash, expires] of seen) {
      if (expires > now && seen.size <= maxReaders) break;
      seen.delete(hash);
    }
  };

  return {
    firstView({ address, userAgent }, articleId, now = Date.now()) {
      if (Math.floor(now / DAY_MS) !== day) {
        // A new day's key: yesterday's hashes could not be matched again, so they go at once.
        day = Math.floor(now / DAY_MS);
        key = randomBytes(32);
        seen.clear();
      }
      const hash = createHmac("sha256", key)
        .update(`${address}\n${userAgent}\n${articleId}`)
        .digest("base64url")
        .slice(0, 22);
      forgetExpired(now);
      if (seen.has(hash)) return false;
      seen.set(hash, now + VIEW_WINDOW_MS);
      if (seen.size > maxReaders) forgetExpired(now);
      return true;
    },
    underCap(articleId, now = Date.now()) {
      if (Math.floor(now / 60_000) !== minute) {
        minute = Math.floor(now / 60_000);
        perStory.clear();
      }
      const counted = perStory.get(articleId) ?? 0;
      if (counted >= perMinute) return false;
      perStory.set(articleId, counted + 1);
      return true;
    },
  };
}
