import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cacheTags } from "./cache-tags";

// A tag revalidated but never read refreshes nothing, and a tag read but never revalidated keeps
// a page until its time runs out: both are bugs that no page test would notice. This reads the
// source: reads are the files that cache (unstable_cache), invalidations the files that expire.

type Tag = keyof typeof cacheTags;

const root = path.resolve(__dirname, "../..");
const sources = ["app", "lib"].flatMap((dir) =>
  (readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes("generated"))
    .map((f) => {
      const file = path.join(dir, f);
      return { file, text: readFileSync(path.join(root, file), "utf8") };
    }),
);
const tagsIn = (text: string) => new Set([...text.matchAll(/\bcacheTags\.(\w+)/g)].map((m) => m[1] as Tag));
const EXPIRE_MODULE = path.join("lib", "content", "expire-tags.ts");

const readers = sources.filter((s) => s.text.includes("unstable_cache("));
const expirers = sources.filter((s) => s.file !== EXPIRE_MODULE && /\bexpireTags\(/.test(s.text));
const read = new Set(readers.flatMap((s) => [...tagsIn(s.text)]));
const expired = new Set(expirers.flatMap((s) => [...tagsIn(s.text)]));

// Settings change only through the database itself (the demo seed); reads refresh on their timer.
const NEVER_EXPIRED: Tag[] = ["settings"];

describe("cache tags", () => {
  it("finds the cached reads and the invalidations", () => {
    expect(readers.length).toBeGreaterThan(3);
    expect(expirers.length).toBeGreaterThan(3);
  });

  it("revalidates only through expireTags, so every invalidation is seen here", () => {
    const importsRevalidate = /import\s*{[^}]*\b(revalidateTag|updateTag)\b[^}]*}\s*from\s*"next\/cache"/;
    const direct = sources.filter((s) => s.file !== EXPIRE_MODULE && importsRevalidate.test(s.text));
    expect(direct.map((s) => s.file)).toEqual([]);
  });

  it("keeps reading and invalidating in separate files, so each use is counted on its side", () => {
    expect(readers.filter((s) => expirers.includes(s)).map((s) => s.file)).toEqual([]);
  });

  it("reads every tag that is revalidated somewhere", () => {
    expect([...expired].filter((t) => !read.has(t))).toEqual([]);
  });

  it("revalidates every tag a read carries, except the ones that cannot change from the desk", () => {
    expect([...read].filter((t) => !expired.has(t) && !NEVER_EXPIRED.includes(t))).toEqual([]);
    expect(NEVER_EXPIRED.filter((t) => expired.has(t))).toEqual([]);
  });

  it("has no tag helper that no read uses", () => {
    expect(Object.keys(cacheTags).filter((t) => !read.has(t as Tag))).toEqual([]);
  });
});
