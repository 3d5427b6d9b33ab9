// Next's data and page cache (`cacheHandler` in next.config.ts): the built-in file-system cache,
// plus reports to the page cache's bus (lib/page-cache/bus.ts) when the server in scripts/server.ts has
// installed one: which cache tags each render reads, and which tags a desk action revalidates,
// so the page cache drops exactly those pages and other instances hear of it. Plain JavaScript
// because Next imports it as is, in `next build` too (where there is no bus and nothing changes).
//
// A render that began before a tag it read was revalidated is not stored when it ends after: Next
// stamps an entry with the time it is stored, so such a render would be taken as newer than the
// change it missed (a story page keeping an author's old name after a rename).
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const { tagsManifest } = tagsManifestModule.default ?? tagsManifestModule;
/** Longer than any render: a lookup older than this is not the start of the work being stored. */
const RENDER_MS = 60_000;
const bus = () => globalThis[Symbol.for("broadsheet.page-cache.bus")];
const TAGS_HEADER = "x-next-cache-tags";

function observeEntry(key, ctx, entry) {
  const b = bus();
  if (!b) return;
  if (ctx?.kind === "FETCH") {
    b.observe([...(ctx.tags ?? []), ...(ctx.softTags ?? [])]);
    const revalidate = ctx.revalidate ?? entry?.value?.revalidate;
    if (entry?.lastModified && typeof revalidate === "number" && Date.now() - entry.lastModified > revalidate * 1000)
      b.markStale();
    return;
  }
  const header = entry?.value?.headers?.[TAGS_HEADER];
  if (typeof header === "string" && header) b.observe(header.split(","));
}

/** The tags an entry about to be stored was made from. */
function tagsOf(data, ctx) {
  if (data?.kind === "FETCH") return ctx?.tags ?? [];
  const header = data?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/**
 * Whether any of `tags` was revalidated (here or, through the bus, elsewhere) between `since` and
 * `now` (an expiry set for later is a lifetime, not a change).
 */
const changedSince = (tags, since, now) =>
  tags.some((tag) => {
    const entry = tagsManifest.get(tag);
    return [entry?.expired, entry?.stale].some((t) => typeof t === "number" && t >= since && t <= now);
  });

// When lookups of each key began, oldest first: the work that follows a lookup stores under its key.
// Lookups that no store follows (a hit) age out: every SWEEP_EVERY lookups, those older than a
// render are dropped, so the map holds only the keys of the last minute.
const lookups = new Map();
const SWEEP_EVERY = 1000;
let sinceSweep = 0;
function noteLookup(key, at) {
  if (++sinceSweep >= SWEEP_EVERY) {
    sinceSweep = 0;
    for (const [k, list] of lookups) if (at - list[list.length - 1] >= RENDER_MS) lookups.delete(k);
  }
  const list = (lookups.get(key) ?? []).filter((t) => at - t < RENDER_MS);
  list.push(at);
  lookups.set(key, list);
}
function takeLookup(key, now) {
  const list = (lookups.get(key) ?? []).filter((t) => now - t < RENDER_MS);
  const first = list.shift();
  if (list.length) lookups.set(key, list);
  else lookups.delete(key);
  return first ?? now;
}

export default class BroadsheetCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    noteLookup(key, Date.now());
    const entry = await super.get(key, ctx);
    observeEntry(key, ctx, entry);
    return entry;
  }

  async set(key, data, ctx) {
    const now = Date.now();
    const tags = tagsOf(data, ctx);
    if (!data || !changedSince(tags, takeLookup(key, now), now)) await super.set(key, data, ctx);
    // The render's tags still reach the page cache, which makes the same check for its own copy.
    if (data?.kind === "FETCH") bus()?.observe(tags);
    else observeEntry(key, ctx, { value: data });
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await bus()?.revalidated(typeof tags === "string" ? [tags] : [...tags]);
  }
}
