import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseSearchQuery, toFts5, toTsquery } from "./query";

const terms = (input: string) => parseSearchQuery(input).terms;

describe("parseSearchQuery", () => {
  it("splits plain words, all of which must match", () => {
    expect(terms("Trade talks")).toEqual([
      { words: ["trade"], prefix: false },
      { words: ["talks"], prefix: false },
    ]);
  });

  it("keeps quoted phrases together, even when the quote is never closed", () => {
    expect(terms('"water treaty" Kabul')).toEqual([
      { words: ["water", "treaty"], prefix: false },
      { words: ["kabul"], prefix: false },
    ]);
    expect(terms('"water treaty')).toEqual([{ words: ["water", "treaty"], prefix: false }]);
  });

  it("reads a trailing star as a prefix, but not on very short stems", () => {
    expect(terms("elect*")).toEqual([{ words: ["elect"], prefix: true }]);
    expect(terms("a*")).toEqual([{ words: ["a"], prefix: false }]);
  });

  it("searches hyphenated and dotted words as phrases", () => {
    expect(terms("covid-19")).toEqual([{ words: ["covid", "19"], prefix: false }]);
  });

  it("drops stop words unless nothing else is left", () => {
    expect(terms("the election in Kabul").map((t) => t.words[0])).toEqual(["election", "kabul"]);
    expect(terms("the")).toEqual([{ words: ["the"], prefix: false }]);
  });

  it("folds case, width and accents the way the index does", () => {
    expect(terms("ＫＡＢＵＬ Zürich")[0]).toEqual({ words: ["kabul"], prefix: false });
    expect(terms("Zürich")[0]!.words).toEqual(["zürich"]);
  });

  it.each([
    ['"', 0],
    ["***", 0],
    ["AND OR NOT", 1],
    ["( ) ^ : - + NEAR/3", 1],
    ["🙂🚀", 0],
    ["'; DROP TABLE Article; --", 3],
    ["\u0000\u0002\u0003", 0],
  ])("turns %j into safe words only", (input, count) => {
    expect(terms(input)).toHaveLength(count);
    for (const t of terms(input)) for (const w of t.words) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it("bounds the work a very long query can cause", () => {
    const q = parseSearchQuery("budget ".repeat(300) + "x".repeat(2000));
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.terms.length).toBeLessThanOrEqual(8);
    expect(parseSearchQuery(undefined).terms).toEqual([]);
  });
});

describe("engine syntax", () => {
  const q = parseSearchQuery('"water treaty" elect* Kabul');

  it("quotes every FTS5 term", () => expect(toFts5(q)).toBe('"water treaty" "elect" * "kabul"'));

  it("writes a tsquery with phrases and prefixes", () =>
    expect(toTsquery(q)).toBe("('water' <-> 'treaty') & 'elect':* & 'kabul'"));
});
