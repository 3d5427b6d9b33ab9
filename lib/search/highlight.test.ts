import { describe, expect, it } from "vitest";
import { chooseSnippet, MARK_END, MARK_START, toSegments } from "./highlight";

const marked = (word: string) => `${MARK_START}${word}${MARK_END}`;

describe("the search snippet", () => {
  it("shows the body where the body matched", () => {
    const m = { body: `the ${marked("dam")} opened`, standfirst: `a ${marked("dam")} story` };
    expect(chooseSnippet(m)).toBe(m.body);
  });

  it("shows the standfirst when only the standfirst matched", () => {
    const m = { body: "nothing here", standfirst: `a ${marked("dam")} story` };
    expect(chooseSnippet(m)).toBe(m.standfirst);
  });

  it("shows the body when neither matched (a headline-only match)", () => {
    expect(chooseSnippet({ body: "the opening lines", standfirst: "a story" })).toBe("the opening lines");
  });

  it("shows nothing for a result the engine did not mark", () => {
    expect(chooseSnippet(undefined)).toBe("");
  });

  it("renders marks as segments, never as markup", () => {
    expect(toSegments(`a <b>${marked("dam")}</b>`)).toEqual([
      { text: "a <b>", match: false },
      { text: "dam", match: true },
      { text: "</b>", match: false },
    ]);
  });
});
