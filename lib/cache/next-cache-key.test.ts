import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheKeyFile, discardForeignCaches, type CacheKey } from "./next-cache-key";

let dist: string;
const key: CacheKey = { origin: "http://localhost:3911", database: "file:./data/a.db", epoch: "e1" };

// A dist dir as `next build` and a running server leave it: compiled code, rendered pages, data.
const BUILT = ["server/app/page.js", "server/app/(site)/[section]/page.js", "server/app/robots.txt/route.js"];
const RENDERED = [
  "server/app/index.html",
  "server/app/index.rsc",
  "server/app/index.meta",
  "server/app/index.segments/_tree.segment.rsc",
  "server/app/robots.txt.body",
  "server/app/robots.txt.meta",
  "server/app/world.html",
  "server/app/world/some-story.rsc",
  "server/app/_not-found.html",
  "server/route-cache/APP_PAGE/0574d05a/$/index.html",
  "server/route-cache/APP_PAGE/0574d05a/$/index.segments/_full.segment.rsc",
  "server/route-cache/APP_ROUTE/b4313840/$/icon.body",
  "cache/fetch-cache/0123abcd",
  "cache/images/abc/60.webp",
];
const KEPT = ["server/app/_global-error.html", "cache/turbopack/db"];

function write(file: string) {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), "x");
}
const present = (files: string[]) => files.filter((f) => existsSync(path.join(dist, f)));

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), "broadsheet-dist-"));
  [...BUILT, ...RENDERED, ...KEPT].forEach(write);
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe("discarding caches filled under another origin or database", () => {
  it("discards rendered pages and cached data after a build (no key yet), keeping compiled code", () => {
    expect(discardForeignCaches(dist, key)).toBe(true);
    expect(present(RENDERED)).toEqual([]);
    expect(present([...BUILT, ...KEPT])).toEqual([...BUILT, ...KEPT]);
    expect(JSON.parse(readFileSync(cacheKeyFile(dist), "utf8"))).toEqual(key);
  });

  it("keeps what was filled under the same key", () => {
    discardForeignCaches(dist, key);
    RENDERED.forEach(write);
    expect(discardForeignCaches(dist, { ...key })).toBe(false);
    expect(present(RENDERED)).toEqual(RENDERED);
  });

  it.each([
    ["origin", { origin: "https://news.example" }],
    ["database", { database: "file:./data/b.db" }],
    ["epoch", { epoch: "e2" }],
  ])("discards them when the %s differs", (_, change) => {
    discardForeignCaches(dist, key);
    RENDERED.forEach(write);
    expect(discardForeignCaches(dist, { ...key, ...change })).toBe(true);
    expect(present(RENDERED)).toEqual([]);
  });
});
