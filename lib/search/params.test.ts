import { describe, expect, it } from "vitest";
import { nextDay, readSearchParams, searchHref, startOfDay } from "./params";

describe("readSearchParams", () => {
  it("reads a full search", () => {
    expect(
      readSearchParams({ q: "water treaty", section: "world", from: "2026-01-01", to: "2026-01-31", page: "3" }),
    ).toEqual({
      q: "water treaty",
      section: "world",
      from: "2026-01-01",
      to: "2026-01-31",
      page: 3,
    });
  });

  it("ignores what it cannot read instead of failing", () => {
    expect(
      readSearchParams({ q: ["a", "b"], section: "../etc", from: "2026-02-30", to: "yesterday", page: "-1" }),
    ).toEqual({
      q: "a",
      section: "",
      from: "",
      to: "",
      page: 1,
    });
    expect(readSearchParams({ page: "99999" }).page).toBe(50);
    expect(readSearchParams({ page: "2.5" }).page).toBe(1);
  });
});

describe("searchHref", () => {
  it("keeps the query and filters and leaves out empty ones", () => {
    const params = readSearchParams({ q: "a&b", section: "world" });
    expect(searchHref(params, 2)).toBe("/search?q=a%26b&section=world&page=2");
    expect(searchHref(params, 1)).toBe("/search?q=a%26b&section=world");
  });
});

describe("days in the publication's time zone", () => {
  it("starts a day at local midnight", () => {
    expect(startOfDay("2026-03-10", "UTC").toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(startOfDay("2026-03-10", "Asia/Karachi").toISOString()).toBe("2026-03-09T19:00:00.000Z");
    expect(startOfDay("2026-07-01", "America/New_York").toISOString()).toBe("2026-07-01T04:00:00.000Z");
    expect(startOfDay("2026-10-25", "Europe/London").toISOString()).toBe("2026-10-24T23:00:00.000Z");
    // Santiago's clocks skip that midnight: the day starts at 01:00 local time.
    expect(startOfDay("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });

  it("steps to the next day across month ends", () => expect(nextDay("2026-02-28")).toBe("2026-03-01"));
});
