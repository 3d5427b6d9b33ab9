import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { tidyPastedDocument } from "./pasted-html";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");

function tidy(html: string): Document {
  const doc = new DOMParser().parseFromString(html, "text/html") as unknown as Document;
  tidyPastedDocument(doc);
  return doc;
}
const texts = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim());

describe("pasting from Word", () => {
  const doc = tidy(fixture("word-365.html"));

  it("makes its list paragraphs real lists, nested by level, bulleted or numbered by their marker", () => {
    expect(doc.querySelectorAll("p[style*='mso-list']")).toHaveLength(0);
    expect(texts(doc, "body > ul > li > p")).toEqual(["The hinges on all six gates", "The pumps at the north outfall"]);
    expect(texts(doc, "body > ul > li > ul > li")).toEqual(["Two showed early wear"]);
    expect(texts(doc, "body > ol > li")).toEqual(["Replace the worn hinges", "Test again in the autumn"]);
    // The typed bullets and numbers are gone: the list draws its own.
    expect(doc.body.textContent).not.toMatch(/·|\bo\s+Two|1\.\s+Replace/);
  });

  it("makes h1 the story's top subhead, h2, and the levels below follow", () => {
    expect(texts(doc, "h2")).toEqual(["Flood barrier passes its first winter test"]);
    expect(texts(doc, "h3")).toEqual(["What the engineers checked"]);
    expect(texts(doc, "h4")).toEqual(["Next steps"]);
    expect(doc.querySelectorAll("h1")).toHaveLength(0);
  });

  it("leaves bold, italic, links and tables as they are", () => {
    expect(texts(doc, "b")).toContain("two metres");
    expect(texts(doc, "i")).toEqual(["temporary"]);
    expect(doc.querySelector("a")?.getAttribute("href")).toBe("https://example.org/river-report");
    expect(texts(doc, "table td")).toEqual(["Gate", "Surge held", "North", "2.1 m"]);
  });
});

describe("pasting from Google Docs", () => {
  const doc = tidy(fixture("google-docs.html"));

  it("puts a nested list inside the item it belongs to", () => {
    expect(texts(doc, "ul > li > ul > li")).toEqual(["Every 20 minutes after midnight"]);
    expect(doc.querySelectorAll("ul > ul")).toHaveLength(0);
    expect(texts(doc, "ol > li")).toEqual(["Board at the front door", "Show a pass or tap a card"]);
  });

  it("shifts its headings so the highest is h2", () => {
    expect(texts(doc, "h2")).toEqual(["Night buses return to the ring road"]);
    expect(texts(doc, "h3")).toEqual(["Routes"]);
  });

  it("keeps the inline styles TipTap reads as bold and italic, the link and the table", () => {
    const styled = (re: RegExp) =>
      [...doc.querySelectorAll("span")].filter((s) => re.test(s.getAttribute("style") ?? "")).map((s) => s.textContent);
    expect(styled(/font-weight:700/)).toEqual(["Friday", "Route", "Last bus"]);
    expect(styled(/font-style:italic/)).toEqual(["fewer stops"]);
    expect(doc.querySelector("a")?.getAttribute("href")).toBe("https://example.org/night-timetable");
    expect(texts(doc, "table td")).toEqual(["Route", "Last bus", "N1", "04:40"]);
  });
});

describe("headings", () => {
  it("keep h2 as h2 when no h1 is pasted, and stop at h4", () => {
    const doc = tidy("<h2>A</h2><h3>B</h3><h5>C</h5><h6>D</h6>");
    expect(texts(doc, "h2")).toEqual(["A"]);
    expect(texts(doc, "h3")).toEqual(["B"]);
    expect(texts(doc, "h4")).toEqual(["C", "D"]);
  });
});
