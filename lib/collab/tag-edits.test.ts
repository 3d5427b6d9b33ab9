import { describe, expect, it } from "vitest";
import { applyTagEdit } from "./tag-edits";

describe("applyTagEdit", () => {
  it("adds and removes what this person typed, and keeps a tag a colleague added meanwhile", () => {
    // The box still shows "ports, trade"; a colleague has since added "weather".
    expect(applyTagEdit(["ports", "trade", "weather"], "ports, trade", "ports, trade, ferries")).toEqual([
      "ports",
      "trade",
      "weather",
      "ferries",
    ]);
    expect(applyTagEdit(["ports", "trade", "weather"], "ports, trade", "ports")).toEqual(["ports", "weather"]);
  });

  it("keeps a tag being typed in its place", () => {
    expect(applyTagEdit(["ports", "Wat", "trade"], "ports, Wat, trade", "ports, Wate, trade")).toEqual([
      "ports",
      "Wate",
      "trade",
    ]);
  });

  it("adds a tag once when a colleague added the same one", () => {
    expect(applyTagEdit(["ports", "ferries"], "ports", "ports, ferries")).toEqual(["ports", "ferries"]);
  });
});
