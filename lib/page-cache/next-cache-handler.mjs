// Next's data and page cache (`cacheHandler` in next.config.ts): the built-in file-system cache,
// plus reports to the page cache's bus (lib/page-cache/bus.ts) when the server in scripts/server.ts has
// installed one: which cache tags each render reads, and which tags a desk action revalidates,
// so the page cache drops exactly those pages and other instances hear of it. Plain JavaScript
// because Next imports it as is, in `next build` too (where there is no bus and nothing changes).
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
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

export default class BroadsheetCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    observeEntry(key, ctx, entry);
    return entry;
  }

  async set(key, data, ctx) {
    await super.set(key, data, ctx);
    if (data?.kind === "FETCH") bus()?.observe(ctx?.tags ?? []);
    else observeEntry(key, ctx, { value: data });
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await bus()?.revalidated(typeof tags === "string" ? [tags] : [...tags]);
  }
}
