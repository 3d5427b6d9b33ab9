import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { invalidationReader, recordInvalidation } from "./invalidation-log";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const options = (origin: string) => ({ origin, replayMs: 3_600_000, keepMs: 86_400_000 });

describe("the shared invalidation log", () => {
  it("tells every other instance once, and not the one that wrote it", async () => {
    const a = invalidationReader(db, options("a"));
    const b = invalidationReader(db, options("b"));
    await a.start();
    await b.start();
    await recordInvalidation(db, ["article:1", "home"], "a");
    expect(await a.poll()).toEqual([]);
    const seen = await b.poll();
    expect(seen.map((c) => c.tags)).toEqual([["article:1", "home"]]);
    expect(await b.poll()).toEqual([]);
    await recordInvalidation(db, ["tag:dams"]);
    expect((await a.poll()).map((c) => c.tags)).toEqual([["tag:dams"]]);
    expect((await b.poll()).map((c) => c.tags)).toEqual([["tag:dams"]]);
  });

  it("replays recent invalidations to an instance that starts later, with their times", async () => {
    const late = invalidationReader(db, options("late"));
    const replayed = await late.start();
    expect(replayed.map((c) => c.tags)).toEqual([["article:1", "home"], ["tag:dams"]]);
    expect(replayed.every((c) => c.createdAt instanceof Date)).toBe(true);
    expect(await late.poll()).toEqual([]);
  });

  it("ignores rows it cannot read", async () => {
    await db.cacheInvalidation.create({ data: { tags: "not json" } });
    const reader = invalidationReader(db, options("c"));
    expect((await reader.start()).some((c) => c.tags.length === 0)).toBe(false);
  });
});
