import { describe, expect, it } from "vitest";
import { createViewGate, VIEW_WINDOW_MS } from "./view-gate";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const reader = (address = "203.0.113.9", userAgent = CHROME) => ({ address, userAgent });
const NOON = Date.UTC(2026, 0, 15, 12);

describe("one view per story per reader per window", () => {
  it("admits a reader's first view of a story and none of the next 500", () => {
    const gate = createViewGate();
    expect(gate.firstView(reader(), "story-a", NOON)).toBe(true);
    let again = 0;
    for (let i = 1; i <= 500; i++) if (gate.firstView(reader(), "story-a", NOON + i * 10)) again++;
    expect(again).toBe(0);
  });

  it("tells readers and stories apart", () => {
    const gate = createViewGate();
    expect(gate.firstView(reader(), "story-a", NOON)).toBe(true);
    expect(gate.firstView(reader(), "story-b", NOON)).toBe(true);
    expect(gate.firstView(reader("198.51.100.4"), "story-a", NOON)).toBe(true);
    expect(gate.firstView(reader(undefined, `${CHROME} Edg/131.0`), "story-a", NOON)).toBe(true);
  });

  it("admits the reader again once the window is over", () => {
    const gate = createViewGate();
    expect(gate.firstView(reader(), "story-a", NOON)).toBe(true);
    expect(gate.firstView(reader(), "story-a", NOON + VIEW_WINDOW_MS - 1)).toBe(false);
    expect(gate.firstView(reader(), "story-a", NOON + VIEW_WINDOW_MS)).toBe(true);
  });

  it("remembers at most so many readers, forgetting the oldest first", () => {
    const gate = createViewGate({ maxReaders: 3 });
    for (const address of ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4"])
      expect(gate.firstView(reader(address), "story-a", NOON)).toBe(true);
    expect(gate.firstView(reader("192.0.2.4"), "story-a", NOON)).toBe(false);
    expect(gate.firstView(reader("192.0.2.1"), "story-a", NOON)).toBe(true);
  });
});

describe("the per-story cap", () => {
  it("stops a story's count for the rest of the minute, then starts again", () => {
    const gate = createViewGate({ perMinute: 3 });
    const minute = Math.floor(NOON / 60_000) * 60_000;
    const admitted = Array.from({ length: 5 }, (_, i) => gate.underCap("story-a", minute + i));
    expect(admitted).toEqual([true, true, true, false, false]);
    expect(gate.underCap("story-b", minute + 10)).toBe(true);
    expect(gate.underCap("story-a", minute + 60_000)).toBe(true);
  });
});
