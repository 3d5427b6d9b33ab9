import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import type { CacheBus } from "./bus";
import { pageCache } from "./server";

// The page cache in front of a stand-in for Next.js that renders pages from tagged "data", the
// way the real cache handler reports tags (next-cache-handler.mjs): over real HTTP.

const temp = createTempDatabase();
const bus = () => (globalThis as Record<symbol, CacheBus>)[Symbol.for("broadsheet.page-cache.bus")]!;

const data = new Map<string, string>([
  ["home", "v1"],
  ["section:world", "w1"],
]);
let renders = 0;
// A render of /slow waits here, so a test can change data while it is in flight.
let slowStarted = () => {};
let releaseSlow: Promise<void> = Promise.resolve();

async function fakeNext(req: IncomingMessage, res: ServerResponse) {
  renders++;
  const url = new URL(req.url!, "http://x");
  if (url.pathname === "/slow") {
    slowStarted();
    await releaseSlow;
  }
  const tag = url.pathname === "/world" ? "section:world" : "home";
  if (url.pathname !== "/untagged") bus().observe([tag]);
  res.setHeader("content-type", "text/html; charset=utf-8");
  if (url.pathname === "/cookie") res.setHeader("set-cookie", "a=b");
  if (url.pathname === "/missing") res.statusCode = 404;
  res.write(`<html>${url.pathname} `);
  res.end(`${data.get(tag)} ${req.headers["accept-encoding"] ?? "identity"}</html>`);
}

let server: Server;
let base = "";
const cache = pageCache({ db: temp.db, maxBytes: 1_000_000, pollMs: 50, log: () => {} });

beforeAll(async () => {
  await cache.start();
  const handle = cache.wrap(fakeNext);
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  cache.stop();
  await new Promise((r) => server.close(r));
  await temp.cleanup();
});

const fetchPage = async (path: string, init?: RequestInit) => {
  const res = await fetch(base + path, init);
  return {
    status: res.status,
    cache: res.headers.get("x-broadsheet-cache"),
    body: await res.text(),
    headers: res.headers,
  };
};

describe("the page cache", () => {
  it("renders a page once, then serves it from memory", async () => {
    const before = renders;
    const first = await fetchPage("/");
    const second = await fetchPage("/");
    expect([first.cache, second.cache]).toEqual(["MISS", "HIT"]);
    expect(second.body).toBe(first.body);
    expect(first.body).toContain("v1 identity");
    expect(renders - before).toBe(1);
  });

  it("drops exactly the pages whose tags a desk change revalidates", async () => {
    await fetchPage("/world");
    expect((await fetchPage("/world")).cache).toBe("HIT");
    data.set("home", "v2");
    await bus().revalidated(["home"]);
    const home = await fetchPage("/");
    expect(home.cache).toBe("MISS");
    expect(home.body).toContain("v2");
    expect((await fetchPage("/world")).cache).toBe("HIT");
  });

  it("tells other instances through the database", async () => {
    const rows = await temp.db.cacheInvalidation.findMany();
    expect(rows.map((r) => JSON.parse(r.tags))).toContainEqual(["home"]);
  });

  it("drops pages another instance invalidated, within a poll", async () => {
    expect((await fetchPage("/world")).cache).toBe("HIT");
    await temp.db.cacheInvalidation.create({
      data: { tags: JSON.stringify(["section:world"]), origin: "another-instance" },
    });
    await expect.poll(async () => (await fetchPage("/world")).cache, { timeout: 5000 }).toBe("MISS");
  });

  it("does not keep a page whose data changed while it rendered", async () => {
    let release = () => {};
    releaseSlow = new Promise((r) => (release = r));
    const started = new Promise<void>((r) => (slowStarted = r));
    const slow = fetchPage("/slow");
    await started;
    await bus().revalidated(["home"]);
    release();
    expect((await slow).cache).toBe("MISS");
    expect((await fetchPage("/slow")).cache).toBe("MISS");
    expect((await fetchPage("/slow")).cache).toBe("HIT");
  });

  it("never keeps responses with cookies, errors or no tags", async () => {
    for (const path of ["/cookie", "/missing", "/untagged"]) {
      await fetchPage(path);
      expect((await fetchPage(path)).cache, path).toBe("MISS");
    }
  });

  it("passes signed-in users, the desk and other methods straight to Next", async () => {
    expect((await fetchPage("/", { headers: { cookie: "broadsheet.session=x" } })).cache).toBe("BYPASS");
    expect((await fetchPage("/admin")).cache).toBe("BYPASS");
    expect((await fetchPage("/", { method: "POST" })).cache).toBe("BYPASS");
  });

  it("compresses stored pages for clients that accept it, and answers revalidation with 304", async () => {
    await fetchPage("/world");
    await expect
      .poll(async () =>
        (await fetch(`${base}/world`, { headers: { "accept-encoding": "gzip" } })).headers.get("content-encoding"),
      )
      .toBe("gzip");
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve) => {
      import("node:http").then(({ get }) =>
        get(`${base}/world`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
        }),
      );
    });
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toContain("/world");
    const etag = (await fetchPage("/world")).headers.get("etag")!;
    expect((await fetch(`${base}/world`, { headers: { "if-none-match": etag } })).status).toBe(304);
  });
});
