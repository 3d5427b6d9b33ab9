import { describe, expect, it } from "vitest";
import { moveInList, isPermutation } from "./order";
import { addDays, isDay, isTime } from "./days";

describe("budget days", () => {
  it("counts days, and accepts only real days and times", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
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
