import { describe, expect, it } from "vitest";
import { isValidSlug, toSlug, uniqueSlug } from "./slug";

describe("toSlug", () => {
  it("makes lower-case hyphenated ASCII from a headline", () => {
    expect(toSlug("Pakistan & Turkey: talks on the Afghan peace process")).toBe(
      "pakistan-and-turkey-talks-on-the-afghan-peace-process",
    );
  });

  it("transliterates accents and drops punctuation", () => {
    expect(toSlug("Tomás Ferreira’s “AI” rules — explained!")).toBe("tomas-ferreiras-ai-rules-explained");
  });

  it("never returns an empty slug", () => {
    expect(toSlug("!!! ???")).toBe("untitled");
  });

  it("caps the length without a trailing hyphen", () => {
    const slug = toSlug("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("isValidSlug", () => {
  it.each([
    ["world", true],
    ["afghanistan-region", true],
    ["Upper", false],
    ["double--hyphen", false],
    ["-leading", false],
    ["with space", false],
  ])("%s -> %s", (slug, valid) => expect(isValidSlug(slug)).toBe(valid));
});

describe("uniqueSlug", () => {
  it("adds the first free numeric suffix", async () => {
    const taken = new Set(["budget-vote", "budget-vote-2"]);
    expect(await uniqueSlug("Budget vote", async (s) => taken.has(s))).toBe("budget-vote-3");
  });

  it("keeps the plain slug when it is free", async () => {
    expect(await uniqueSlug("Budget vote", async () => false)).toBe("budget-vote");
  });
});
