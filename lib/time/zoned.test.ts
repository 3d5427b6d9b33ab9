import { describe, expect, it } from "vitest";
import { dayIn, timeIn, zonedInstant } from "./zoned";

describe("wall-clock times in a time zone", () => {
  it("turns a wall-clock time into the instant it names", () => {
    expect(zonedInstant("2026-11-28", "14:30", "Asia/Karachi").toISOString()).toBe("2026-11-28T09:30:00.000Z");
    expect(zonedInstant("2026-07-01", "09:00", "Europe/London").toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(zonedInstant("2026-01-15", "09:00", "Europe/London").toISOString()).toBe("2026-01-15T09:00:00.000Z");
    expect(timeIn("Asia/Karachi", new Date("2026-11-28T09:30:00Z"))).toBe("14:30");
  });

  it("reads times near a daylight-saving change as the wall clock shows them", () => {
    const at = (day: string, time: string, zone: string) => zonedInstant(day, time, zone).toISOString();
    // Skipped times land after the change, by as long as the clocks jumped, east or west of Greenwich.
    expect(at("2026-03-29", "01:30", "Europe/London")).toBe("2026-03-29T01:30:00.000Z"); // 02:30 BST
    expect(at("2026-03-08", "02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z"); // 03:30 EDT
    // Santiago's clocks skip midnight: that day starts at 01:00, not at 23:00 the day before.
    expect(at("2026-09-06", "00:00", "America/Santiago")).toBe("2026-09-06T04:00:00.000Z");
    // Times passed twice are the first pass.
    expect(at("2026-10-25", "01:30", "Europe/London")).toBe("2026-10-25T00:30:00.000Z"); // 01:30 BST
    expect(at("2026-11-01", "01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z"); // 01:30 EDT
    // Either side of the changes, the zone's ordinary offset.
    expect(at("2026-03-29", "00:30", "Europe/London")).toBe("2026-03-29T00:30:00.000Z");
    expect(at("2026-03-29", "03:00", "Europe/London")).toBe("2026-03-29T02:00:00.000Z");
    expect(at("2026-10-25", "03:00", "Europe/London")).toBe("2026-10-25T03:00:00.000Z");
  });

  it("knows which day it is there", () => {
    // 21:00 UTC is already the next day in Karachi.
    expect(dayIn("Asia/Karachi", new Date("2026-11-28T21:00:00Z"))).toBe("2026-11-29");
    expect(dayIn("UTC", new Date("2026-11-28T21:00:00Z"))).toBe("2026-11-28");
  });
});
