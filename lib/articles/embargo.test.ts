import { describe, expect, it } from "vitest";
import { embargoCheck, previewRefusal } from "./embargo";

const now = new Date("2026-05-01T12:00:00Z");
const later = new Date("2026-05-01T15:30:00Z");

describe("embargoCheck", () => {
  it("turns publish under embargo into a schedule for the embargo time", () => {
    expect(embargoCheck("publish", later, undefined, now)).toEqual({ ok: true, scheduleFor: later });
  });
  it("refuses a schedule before the embargo and allows one at or after it", () => {
    const early = embargoCheck("schedule", later, new Date("2026-05-01T13:00:00Z"), now);
    expect(early.ok).toBe(false);
    expect(!early.ok && early.message).toContain("2026-05-01 15:30 UTC");
    expect(embargoCheck("schedule", later, later, now)).toEqual({ ok: true });
  });
  it("does nothing once the embargo has passed or when there is none", () => {
    expect(embargoCheck("publish", new Date("2026-05-01T11:00:00Z"), undefined, now)).toEqual({ ok: true });
    expect(embargoCheck("publish", null, undefined, now)).toEqual({ ok: true });
  });
});

describe("previewRefusal", () => {
  it("explains, with the time, why no preview link is made under embargo", () => {
    expect(previewRefusal(later, now)).toMatch(/embargoed until 2026-05-01 15:30 UTC/);
  });
  it("allows a preview once the embargo has lifted or when there is none", () => {
    expect(previewRefusal(now, later)).toBeNull();
    expect(previewRefusal(null, now)).toBeNull();
  });
});
