import { describe, expect, it } from "vitest";
import { documentFromMarkdown } from "./from-markdown";
import { countWords, plainText, readingMinutes } from "./text";

describe("countWords", () => {
  it("counts words, not punctuation or spacing", () => {
    expect(countWords("  The Indus — a river of 3,180 km;  it’s long.  ")).toBe(9);
  });
  it("is zero for empty text", () => expect(countWords("")).toBe(0));
});

describe("readingMinutes", () => {
  it("rounds at about 230 words a minute and is at least one", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
    expect(readingMinutes(1200)).toBe(5);
  });
});

describe("plainText", () => {
  it("includes headings, quotes, list items and captions", () => {
    const doc = documentFromMarkdown("Intro.\n\n## Sub\n\n> Quoted.\n\n- one\n- two\n\n>> Pulled.");
    expect(plainText(doc).split("\n")).toEqual(["Intro.", "Sub", "Quoted.", "one", "two", "Pulled."]);
  });
});
