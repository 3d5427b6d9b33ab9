import { describe, expect, it } from "vitest";
import { moveInList, isPermutation } from "./order";
import { addDays, dayIn, isDay, isTime, timeIn, zonedInstant } from "./zoned-time";

describe("budget days and times in the publication's zone", () => {
  it("turns a wall-clock time into the instant it names", () => {
    expect(zonedInstant("2026-11-28", "14:30", "Asia/Karachi").toISOString()).toBe("2026-11-28T09:30:00.000Z");
    expect(zonedInstant("2026-07-01", "09:00", "Europe/London").toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(zonedInstant("2026-01-15", "09:00", "Europe/London").toISOString()).toBe("2026-01-15T09:00:00.000Z");
    expect(timeIn("Asia/Karachi", new Date("2026-11-28T09:30:00Z"))).toBe("14:30");
  });

  it("knows which day it is there", () => {
    // 21:00 UTC is already the next day in Karachi.
    expect(dayIn("Asia/Karachi", new Date("2026-11-28T21:00:00Z"))).toBe("2026-11-29");
    expect(dayIn("UTC", new Date("2026-11-28T21:00:00Z"))).toBe("2026-11-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("accepts only real days and times", () => {
    expect(isDay("2026-11-28")).toBe(true);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("28/11/2026")).toBe(false);
    expect(isTime("23:59")).toBe(true);
    expect(isTime("24:00")).toBe(false);
  });
});

describe("budget order", () => {
  it("moves an item one place, and not past either end", () => {
    expect(moveInList(["a", "b", "c"], "c", "up")).toEqual(["a", "c", "b"]);
    expect(moveInList(["a", "b", "c"], "a", "down")).toEqual(["b", "a", "c"]);
    expect(moveInList(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(moveInList(["a", "b", "c"], "x", "down")).toEqual(["a", "b", "c"]);
  });

  it("accepts a dropped order only when it is the same items", () => {
    expect(isPermutation(["a", "b"], ["b", "a"])).toBe(true);
    expect(isPermutation(["a", "b"], ["a", "a"])).toBe(false);
    expect(isPermutation(["a", "b"], ["a", "b", "c"])).toBe(false);
    expect(isPermutation(["a", "b"], ["a", "z"])).toBe(false);
  });
});
