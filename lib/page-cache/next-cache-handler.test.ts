import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BroadsheetCacheHandler from "./next-cache-handler.mjs";

// Next's data cache as the server uses it (memory only here): what a render stores, and when.
const dir = mkdtempSync(path.join(tmpdir(), "next-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cache = new BroadsheetCacheHandler({
  fs: undefined,
  serverDistDir: dir,
  flushToDisk: false,
  revalidatedTags: [],
  maxMemoryCacheSize: 10_000_000,
});

const fetchCtx = (tags: string[]) => ({ kind: "FETCH", tags, softTags: [], revalidate: 600 });
const entry = (value: string) => ({
  kind: "FETCH",
  data: { headers: {}, body: Buffer.from(JSON.stringify(value)).toString("base64"), status: 200, url: "" },
  revalidate: 600,
});
const setCtx = (tags: string[]) => ({ fetchCache: true, tags, revalidate: 600 });
const tick = () => new Promise((r) => setTimeout(r, 5));

describe("Next's data cache under the page cache", () => {
  it("stores a read that no change overtook", async () => {
    expect(await cache.get("author-a", fetchCtx(["author:a"]))).toBeNull();
    await cache.set("author-a", entry("Ana"), setCtx(["author:a"]));
    expect((await cache.get("author-a", fetchCtx(["author:a"])))?.value).toMatchObject({ kind: "FETCH" });
  });

  it("does not store a read that began before a change to what it read", async () => {
    expect(await cache.get("author-b", fetchCtx(["author:b"]))).toBeNull();
    await tick();
    // The rename lands while the old name is still being read.
    await cache.revalidateTag(["author:b"], { expire: 0 });
    await tick();
    await cache.set("author-b", entry("Old name"), setCtx(["author:b"]));
    expect(await cache.get("author-b", fetchCtx(["author:b"]))).toBeNull();
    // The next read, begun after the change, is stored.
    await tick();
    await cache.set("author-b", entry("New name"), setCtx(["author:b"]));
    expect((await cache.get("author-b", fetchCtx(["author:b"])))?.value).toMatchObject({ kind: "FETCH" });
  });

  it("stores a page render whose tags did not change while it ran, and not one whose tags did", async () => {
    const page = (tags: string) => ({
      kind: "APP_PAGE",
      html: "<p>story</p>",
      rscData: Buffer.from(""),
      headers: { "x-next-cache-tags": tags },
      status: 200,
      postponed: undefined,
      segmentData: undefined,
    });
    const pageCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
    expect(await cache.get("/world/story", pageCtx)).toBeNull();
    await tick();
    await cache.revalidateTag(["author:c"], { expire: 0 });
    await tick();
    await cache.set("/world/story", page("section:world,author:c"), { cacheControl: { revalidate: 600 } });
    expect(await cache.get("/world/story", pageCtx)).toBeNull();
    await cache.set("/world/story", page("section:world,author:c"), { cacheControl: { revalidate: 600 } });
    expect((await cache.get("/world/story", pageCtx))?.value).toMatchObject({ kind: "APP_PAGE" });
  });
});
