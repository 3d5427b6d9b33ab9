import { describe, expect, it } from "vitest";
import type { ArticleCard } from "../types";
import { pickRelated } from "./articles";

const card = (id: string, day: number) =>
  ({ id, publishedAt: new Date(Date.UTC(2026, 0, day)).toISOString() }) as ArticleCard;

describe("pickRelated", () => {
  it("takes the newest stories sharing a tag, once each, never the story itself", () => {
    const byTag = [
      [card("self", 9), card("a", 8), card("b", 3)],
      [card("a", 8), card("c", 5), card("d", 1)],
    ];
    expect(pickRelated({ id: "self" }, byTag, [], 3).map((c) => c.id)).toEqual(["a", "c", "b"]);
  });

  it("fills up from the section when the tags have too few", () => {
    const related = pickRelated(
      { id: "self" },
      [[card("a", 2)]],
      [card("self", 9), card("s1", 7), card("a", 2), card("s2", 1)],
      4,
    );
    expect(related.map((c) => c.id)).toEqual(["a", "s1", "s2"]);
  });
});
