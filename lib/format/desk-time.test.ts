import { describe, expect, it } from "vitest";
import { deskTime, fromWallTime, sameClock, toWallTime, zoneLabel } from "./desk-time";

describe("the desk's clock", () => {
  it("shows a time on the publication's clock with the zone's label", () => {
    expect(deskTime("2026-12-07T09:00:00Z", "Asia/Karachi")).toBe("7 Dec 2026, 14:00 GMT+5");
    expect(deskTime("2026-12-07T09:00:00Z", "Asia/Karachi", { date: false })).toBe("14:00 GMT+5");
    expect(deskTime("2026-12-07T09:00:00Z", "UTC")).toBe("7 Dec 2026, 09:00 UTC");
    // 21:00 UTC is already the next day in Karachi.
    expect(deskTime("2026-11-28T21:00:00Z", "Asia/Karachi")).toBe("29 Nov 2026, 02:00 GMT+5");
    expect(deskTime("2026-09-03T09:05:00Z", "Europe/London")).toBe("3 Sep 2026, 10:05 BST");
  });

  it("prefers a zone's abbreviation where one is in use, and follows daylight saving", () => {
    expect(zoneLabel("Europe/London", new Date("2026-01-15T12:00:00Z"))).toBe("GMT");
    expect(zoneLabel("Europe/London", new Date("2026-07-15T12:00:00Z"))).toBe("BST");
    expect(zoneLabel("America/New_York", new Date("2026-01-15T12:00:00Z"))).toBe("EST");
    expect(zoneLabel("America/New_York", new Date("2026-07-15T12:00:00Z"))).toBe("EDT");
    expect(zoneLabel("Europe/Paris", new Date("2026-07-15T12:00:00Z"))).toBe("CEST");
    expect(zoneLabel("Asia/Kolkata", new Date("2026-07-15T12:00:00Z"))).toBe("IST");
    // No locale abbreviates Pakistan's time: the offset is its label.
    expect(zoneLabel("Asia/Karachi", new Date("2026-07-15T12:00:00Z"))).toBe("GMT+5");
    expect(deskTime("2026-03-29T00:30:00Z", "Europe/London")).toBe("29 Mar 2026, 00:30 GMT");
    expect(deskTime("2026-03-29T01:30:00Z", "Europe/London")).toBe("29 Mar 2026, 02:30 BST");
  });

  it("reads a picker's wall time on the publication's clock, whatever the computer's zone", () => {
    expect(fromWallTime("2026-12-07T14:00", "Asia/Karachi")).toBe("2026-12-07T09:00:00.000Z");
    expect(fromWallTime("2026-12-07T14:00:30", "Asia/Karachi")).toBe("2026-12-07T09:00:30.000Z");
    expect(toWallTime("2026-12-07T09:00:00Z", "Asia/Karachi")).toBe("2026-12-07T14:00");
    expect(toWallTime("2026-12-07T09:00:30Z", "Asia/Karachi", { seconds: true })).toBe("2026-12-07T14:00:30");
    expect(fromWallTime("", "Asia/Karachi")).toBeNull();
    expect(fromWallTime("2026-13-40T14:00", "Asia/Karachi")).toBeNull();
  });

  it("crosses London's daylight-saving changes", () => {
    // Before and after the spring change: GMT, then BST.
    expect(fromWallTime("2026-03-29T00:30", "Europe/London")).toBe("2026-03-29T00:30:00.000Z");
    expect(fromWallTime("2026-03-29T03:00", "Europe/London")).toBe("2026-03-29T02:00:00.000Z");
    // 01:30 never happens that night: it is read as the clock then shows it, 02:30 BST.
    expect(fromWallTime("2026-03-29T01:30", "Europe/London")).toBe("2026-03-29T01:30:00.000Z");
    // Summer, and the autumn change (01:30 happens twice: the first, still BST).
    expect(fromWallTime("2026-07-01T09:00", "Europe/London")).toBe("2026-07-01T08:00:00.000Z");
    expect(fromWallTime("2026-10-25T03:00", "Europe/London")).toBe("2026-10-25T03:00:00.000Z");
    const twice = fromWallTime("2026-10-25T01:30", "Europe/London")!;
    expect(twice).toBe("2026-10-25T00:30:00.000Z");
    expect(deskTime(twice, "Europe/London")).toBe("25 Oct 2026, 01:30 BST");
  });

  it("knows when the reader's own clock reads differently", () => {
    expect(sameClock("Asia/Karachi", "Asia/Karachi", "2026-12-07T09:00:00Z")).toBe(true);
    expect(sameClock("Asia/Karachi", "Asia/Tashkent", "2026-12-07T09:00:00Z")).toBe(true);
    expect(sameClock("Asia/Karachi", "America/New_York", "2026-12-07T09:00:00Z")).toBe(false);
    // London and UTC agree in winter only.
    expect(sameClock("Europe/London", "UTC", "2026-01-15T12:00:00Z")).toBe(true);
    expect(sameClock("Europe/London", "UTC", "2026-07-15T12:00:00Z")).toBe(false);
  });
});
