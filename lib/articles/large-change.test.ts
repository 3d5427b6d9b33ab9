import { describe, expect, it } from "vitest";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";
import { isLargeChange } from "./large-change";

const story = (body: string, title = "Harbour strike ends") => ({
  title,
  standfirst: "Dockers return after nine days",
  body: documentFromMarkdown(body),
});
const long = "The strike ended at dawn when both sides signed. ".repeat(20);

describe("isLargeChange", () => {
  it("is not a large change to keep typing, anywhere, for as long as one likes", () => {
    expect(isLargeChange(story(long), story(`${long} More words ${"and more ".repeat(200)}`))).toBe(false);
    expect(isLargeChange(story(long), story(`Inserted up front. ${long}`))).toBe(false);
    expect(isLargeChange(story(long), story(long.slice(0, -40)))).toBe(false);
  });

  it("is a large change to select all and type one letter", () => {
    expect(isLargeChange(story(long), { title: "", standfirst: "", body: documentFromMarkdown("x") })).toBe(true);
  });

  it("is a large change to paste over half the story, even with text as long", () => {
    const half = long.length / 2;
    const replaced = long.slice(0, half) + "Z".repeat(long.length - half);
    expect(isLargeChange(story(long), story(replaced))).toBe(true);
  });

  it("is a large change to delete a long passage from the middle", () => {
    expect(isLargeChange(story(long), story(long.slice(0, 200) + long.slice(700)))).toBe(true);
  });
});
