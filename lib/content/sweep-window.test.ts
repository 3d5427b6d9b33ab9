import { describe, expect, it } from "vitest";
import { CACHE_SECONDS } from "./cache-tags";
import { markSwept, nextSweepWindow } from "./sweep-window";

describe("the sweep window for timed changes", () => {
  it("starts one cache lifetime back, and moves on only once a sweep has finished", () => {
    const t0 = new Date("2026-11-28T12:00:00Z");
    const first = nextSweepWindow(t0);
    expect(first.from.getTime()).toBe(t0.getTime() - CACHE_SECONDS * 1000);
    // The first sweep failed: the next one looks at the same stretch again, and further.
    const t1 = new Date(t0.getTime() + 3000);
    const retry = nextSweepWindow(t1);
    expect(retry.from.getTime()).toBe(t1.getTime() - CACHE_SECONDS * 1000);
    expect(retry.from.getTime()).toBeLessThan(first.to.getTime());
    markSwept(t1);
    const t2 = new Date(t1.getTime() + 3000);
    expect(nextSweepWindow(t2)).toEqual({ from: t1, to: t2 });
    // A slow sweep finishing after a quicker later one never moves the mark back.
    markSwept(t2);
    markSwept(t1);
    expect(nextSweepWindow(new Date(t2.getTime() + 1)).from).toEqual(t2);
  });
});
