import { describe, expect, it } from "vitest";
import { PageStore } from "./store";

const page = (tags: string[], body = "<html>page</html>") => ({
  status: 200,
  headers: { "content-type": "text/html" },
  body: Buffer.from(body),
  tags,
  etag: '"e"',
});

describe("PageStore", () => {
  it("keeps a page until a tag it was built from is invalidated, and drops only those", () => {
    const store = new PageStore({ maxBytes: 10_000, ttlMs: 60_000 });
    store.set("/world/a", page(["article-slug:a", "recent"]), store.mark());
    store.set("/world", page(["section:world"]), store.mark());
    store.set("/tag/dams", page(["tag:dams"]), store.mark());
    expect(store.invalidate(["recent"])).toEqual(["/world/a"]);
    expect(store.get("/world/a")).toBeUndefined();
    expect(store.get("/world")?.status).toBe(200);
    expect(store.get("/tag/dams")).toBeDefined();
  });

  it("refuses a render that began before one of its tags was invalidated", () => {
    const store = new PageStore({ maxBytes: 10_000, ttlMs: 60_000 });
    const mark = store.mark();
    store.invalidate(["section:world"]);
    expect(store.set("/world", page(["section:world"]), mark)).toBeNull();
    expect(store.set("/world", page(["section:world"]), store.mark())).not.toBeNull();
    expect(store.set("/other", page(["tag:x"]), mark)).not.toBeNull();
  });

  it("never keeps a page it cannot invalidate", () => {
    const store = new PageStore({ maxBytes: 10_000, ttlMs: 60_000 });
    expect(store.set("/", page([]), store.mark())).toBeNull();
  });

  it("expires a page sooner when its render asked for a shorter lifetime", () => {
    let now = 0;
    const store = new PageStore({ maxBytes: 10_000, ttlMs: 60_000, now: () => now });
    store.set("/", { ...page(["most-read"]), ttlMs: 5000 }, store.mark());
    store.set("/world", page(["section:world"]), store.mark());
    now = 5001;
    expect(store.get("/")).toBeUndefined();
    expect(store.get("/world")).toBeDefined();
  });

  it("expires pages after their lifetime", () => {
    let now = 0;
    const store = new PageStore({ maxBytes: 10_000, ttlMs: 1000, now: () => now });
    store.set("/", page(["home"]), store.mark());
    now = 999;
    expect(store.get("/")).toBeDefined();
    now = 2000;
    expect(store.get("/")).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("stays within its byte budget, dropping the least recently used first", () => {
    const store = new PageStore({ maxBytes: 100, ttlMs: 60_000 });
    for (const key of ["/a", "/b", "/c"]) store.set(key, page([`t:${key}`], "x".repeat(25)), store.mark());
    store.get("/a");
    store.set("/d", page(["t:/d"], "x".repeat(25)), store.mark());
    store.set("/e", page(["t:/e"], "x".repeat(25)), store.mark());
    expect(store.usedBytes).toBeLessThanOrEqual(100);
    expect(store.get("/b")).toBeUndefined();
    expect(store.get("/a")).toBeDefined();
    expect(store.set("/huge", page(["t"], "x".repeat(60)), store.mark())).toBeNull();
  });

  it("counts compressed copies against the budget and forgets them with the page", () => {
    const store = new PageStore({ maxBytes: 1000, ttlMs: 60_000 });
    const stored = store.set("/", page(["home"], "x".repeat(100)), store.mark())!;
    store.addEncoding("/", stored, "gzip", Buffer.alloc(20));
    expect(store.usedBytes).toBe(120);
    store.invalidate(["home"]);
    expect(store.usedBytes).toBe(0);
  });
});
