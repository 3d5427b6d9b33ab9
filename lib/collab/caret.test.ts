import { describe, expect, it } from "vitest";
import { mapCaret } from "./caret";

describe("mapCaret", () => {
  const before = "Mayor resigns over budget";
  it("keeps a caret before someone else's change where it was", () => {
    expect(mapCaret(before, "Mayor resigns over city budget", 5)).toBe(5);
  });

  it("moves a caret after the change with the text it follows", () => {
    // Typing after "Mayor"; a colleague prefixes the headline.
    expect(mapCaret(before, `Breaking: ${before}`, 5)).toBe(15);
    // A colleague deletes "over " before the caret at the end.
    expect(mapCaret(before, "Mayor resigns budget", before.length)).toBe("Mayor resigns budget".length);
  });

  it("puts a caret inside a replaced stretch at that stretch's end", () => {
    expect(mapCaret(before, "Mayor quit over budget", 9)).toBe("Mayor quit".length);
  });

  it("stays within the new text", () => {
    expect(mapCaret("abc", "", 3)).toBe(0);
    expect(mapCaret("", "abc", 0)).toBe(0);
  });
});
