import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { documentSchema, type ArticleDocument } from "@/lib/editor/document";
import {
  applyFields,
  BODY,
  bodyOf,
  fieldsMap,
  fieldsOf,
  newDocument,
  panelFieldsOf,
  samePanelFields,
  setField,
  spliceText,
  storableBody,
  tidyForEditor,
  type SharedFields,
} from "./doc-fields";

const body: ArticleDocument = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "What happened" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "The port reopened " },
        { type: "text", text: "at dawn", marks: [{ type: "bold" }] },
        { type: "text", text: " after the storm", marks: [{ type: "link", attrs: { href: "https://example.org/a" } }] },
        { type: "hardBreak" },
        { type: "text", text: "on Tuesday." },
      ],
    },
    { type: "pullQuote", attrs: { attribution: "A dock worker" }, content: [{ type: "text", text: "We waited." }] },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "One" }] }] }],
    },
    {
      type: "image",
      attrs: { src: "/media/a.webp", alt: "Cranes", caption: "The quay", credit: "Desk", width: 1200, height: 800 },
    },
  ],
} as ArticleDocument;

const fields: SharedFields = {
  title: "Harbour reopens",
  slug: "harbour-reopens",
  standfirst: "Trade resumes.",
  excerpt: "",
  dateline: "KARACHI",
  metaTitle: "",
  metaDescription: "",
  sectionId: "s1",
  tags: ["ports", "trade"],
  authorIds: ["u1", "u2"],
  featuredImageId: null,
  socialImageId: null,
  featured: true,
  embargoUntil: null,
  body,
};

const replica = (doc: Y.Doc) => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
};

describe("the shared document", () => {
  it("holds every field and the body exactly as stored", () => {
    const doc = newDocument(fields, "lineage-1");
    expect(fieldsOf(doc)).toEqual(fields);
    expect(fieldsOf(replica(doc))).toEqual(fields);
  });

  it("takes in an outside change as the smallest edit, so concurrent typing elsewhere survives", () => {
    const server = newDocument(fields, "l");
    const browser = replica(server);
    // A person types in the headline and the body while the server takes in a restored standfirst
    // and a shorter body.
    spliceText(browser.getText("title"), "Harbour reopens at last");
    const restored = { ...body, content: [...body.content.slice(0, 2), ...body.content.slice(3)] } as ArticleDocument;
    applyFields(server, { standfirst: "Restored standfirst.", body: restored });
    sync(server, browser);
    const merged = fieldsOf(browser);
    expect(merged.title).toBe("Harbour reopens at last");
    expect(merged.standfirst).toBe("Restored standfirst.");
    expect(merged.body).toEqual(restored);
    expect(fieldsOf(server)).toEqual(merged);
  });

  it("merges two people typing in the same headline character by character", () => {
    const a = newDocument(fields, "l");
    const b = replica(a);
    spliceText(a.getText("title"), "Harbour reopens today");
    spliceText(b.getText("title"), "Busy harbour reopens");
    sync(a, b);
    expect(fieldsOf(a).title).toBe(fieldsOf(b).title);
    expect(fieldsOf(a).title).toContain("today");
    expect(fieldsOf(a).title).toContain("Busy");
  });

  it("keeps both of two tags added at once, and a tag two people add once", () => {
    const a = newDocument(fields, "l");
    const b = replica(a);
    setField(a, "tags", ["ports", "trade", "weather"]);
    setField(b, "tags", ["ports", "trade", "shipping", "weather"]);
    sync(a, b);
    expect(fieldsOf(a).tags).toEqual(fieldsOf(b).tags);
    expect([...fieldsOf(a).tags].sort()).toEqual(["ports", "shipping", "trade", "weather"]);
    // One removes a tag while the other reorders the byline: both land.
    setField(
      a,
      "tags",
      ["ports", "shipping", "weather"].filter((t) => fieldsOf(a).tags.includes(t)),
    );
    setField(b, "authorIds", ["u2", "u1"]);
    sync(a, b);
    expect(fieldsOf(b).tags).not.toContain("trade");
    expect(fieldsOf(a).authorIds).toEqual(["u2", "u1"]);
  });

  it("reads a document made when tags and byline were map entries, and shares them from their first change", () => {
    const old = new Y.Doc();
    fieldsMap(old).set("tags", ["ports", "trade"]);
    fieldsMap(old).set("authorIds", ["u1"]);
    expect(fieldsOf(old).tags).toEqual(["ports", "trade"]);
    const other = replica(old);
    setField(old, "tags", ["ports", "trade", "weather"]);
    expect(fieldsMap(old).has("tags")).toBe(false);
    expect(fieldsOf(old).tags).toEqual(["ports", "trade", "weather"]);
    sync(old, other);
    expect(fieldsOf(other).tags).toEqual(["ports", "trade", "weather"]);
    expect(fieldsOf(other).authorIds).toEqual(["u1"]);
    // Emptied, it stays empty (the old entry does not come back).
    setField(other, "tags", []);
    sync(old, other);
    expect(fieldsOf(old).tags).toEqual([]);
  });

  it("changes no field it is not given", () => {
    const doc = newDocument(fields, "l");
    const before = Y.encodeStateVector(doc);
    applyFields(doc, { ...fields });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe("what opening a story in the editor would change", () => {
  const cell = (text: string) => ({
    type: "tableCell" as const,
    content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }],
  });
  const irregular = {
    type: "doc",
    content: [
      {
        type: "table",
        content: [
          { type: "tableRow", content: [cell("Port"), cell("Ships"), cell("Crew")] },
          { type: "tableRow", content: [cell("North")] },
        ],
      },
    ],
  } as ArticleDocument;
  const rowLengths = (d: ArticleDocument) =>
    ((d.content[0] as { content: { content: unknown[] }[] }).content ?? []).map((r) => r.content.length);

  it("makes tables regular as the server writes them, so the editor has nothing to fix", () => {
    const doc = newDocument({ ...fields, body: irregular }, "l");
    expect(rowLengths(bodyOf(doc))).toEqual([3, 3]);
    expect(tidyForEditor(doc)).toBe(false);
  });

  it("keeps a paragraph to type in after a last table, which the stored story leaves out", () => {
    const doc = newDocument({ ...fields, body: irregular }, "l");
    const names = doc
      .getXmlFragment(BODY)
      .toArray()
      .map((n) => (n as Y.XmlElement).nodeName);
    expect(names).toEqual(["table", "paragraph"]);
    expect(bodyOf(doc).content.map((b) => b.type)).toEqual(["table"]);
    // Taking the same story in again changes nothing.
    const before = Y.encodeStateAsUpdate(doc);
    applyFields(doc, { body: bodyOf(doc) });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it("takes out blocks and attributes the schema refuses, once", () => {
    const doc = newDocument(fields, "l");
    const fragment = doc.getXmlFragment(BODY);
    const refused = new Y.XmlElement("script");
    refused.insert(0, [new Y.XmlText("alert(1)")]);
    const blocks = fragment.length;
    fragment.insert(1, [refused]);
    (fragment.get(0) as Y.XmlElement).setAttribute("onclick", "alert(2)");
    expect(fragment.length).toBe(blocks + 1);
    expect(tidyForEditor(doc)).toBe(true);
    expect(fragment.toArray().some((n) => n instanceof Y.XmlElement && n.nodeName === "script")).toBe(false);
    expect((fragment.get(0) as Y.XmlElement).getAttribute("onclick")).toBeUndefined();
    expect(bodyOf(doc)).toEqual(body);
    expect(tidyForEditor(doc)).toBe(false);
  });
});

describe("telling whether a change touched the fields beside the body", () => {
  it("sees a body change as no change to the other fields, and any other field's change as one", () => {
    const doc = newDocument(fields, "l");
    const before = panelFieldsOf(doc);
    applyFields(doc, { body: { ...body, content: body.content.slice(1) } as ArticleDocument });
    expect(samePanelFields(before, panelFieldsOf(doc))).toBe(true);
    spliceText(doc.getText("dateline"), "LISBON");
    expect(samePanelFields(before, panelFieldsOf(doc))).toBe(false);
  });

  it("compares lists item by item, in order", () => {
    const doc = newDocument(fields, "l");
    setField(doc, "tags", ["ports", "trade"]);
    const before = panelFieldsOf(doc);
    setField(doc, "tags", ["ports", "trade"]);
    expect(samePanelFields(before, panelFieldsOf(doc))).toBe(true);
    setField(doc, "tags", ["trade", "ports"]);
    expect(samePanelFields(before, panelFieldsOf(doc))).toBe(false);
    setField(doc, "tags", ["ports", "trade", "weather"]);
    expect(samePanelFields(before, panelFieldsOf(doc))).toBe(false);
  });
});

describe("what a hostile browser can put in the shared document", () => {
  const hostile = () => {
    const doc = newDocument(fields, "l");
    const fragment = doc.getXmlFragment(BODY);
    doc.transact(() => {
      const script = new Y.XmlElement("script");
      script.insert(0, [new Y.XmlText("alert(1)")]);
      const huge = new Y.XmlElement("image");
      huge.setAttribute("src", `/media/${"x".repeat(100_000)}.webp`);
      const frame = new Y.XmlElement("paragraph");
      const text = new Y.XmlText();
      text.insert(0, "click", { link: { href: "javascript:alert(1)" } });
      frame.insert(0, [text]);
      const heading = new Y.XmlElement("heading");
      heading.setAttribute("level", 1 as unknown as string);
      heading.insert(0, [new Y.XmlText("Level one")]);
      fragment.insert(1, [script, huge, frame, heading]);
    });
    return doc;
  };

  it("stores only blocks the schema allows, and keeps the rest of the story", () => {
    const { body: stored, dropped } = storableBody(fieldsOf(hostile()).body);
    expect(documentSchema.safeParse(stored).success).toBe(true);
    expect(dropped).toBe(4);
    expect(stored).toEqual(body);
    expect(JSON.stringify(stored)).not.toMatch(/script|javascript|Level one/);
  });

  it("keeps a story within the size limit, reporting what was left out", () => {
    const paragraph = (n: number) => ({
      type: "paragraph",
      content: [{ type: "text", text: `${n} ${"word ".repeat(3000)}` }],
    });
    const big = { type: "doc", content: Array.from({ length: 200 }, (_, n) => paragraph(n)) } as ArticleDocument;
    const result = storableBody(big);
    expect(result.tooLarge).toBe(true);
    expect(result.dropped).toBeGreaterThan(0);
    expect(JSON.stringify(result.body).length).toBeLessThanOrEqual(2_000_000);
    expect(documentSchema.safeParse(result.body).success).toBe(true);
  });

  it("saves a 100,000-word story whole", () => {
    const paragraphs = Array.from({ length: 2000 }, (_, n) => ({
      type: "paragraph",
      content: [{ type: "text", text: `Paragraph ${n} ${"of the long report ".repeat(12)}`.trim() }],
    }));
    const long = { type: "doc", content: paragraphs } as ArticleDocument;
    const words = paragraphs.reduce((sum, p) => sum + p.content[0]!.text.split(" ").length, 0);
    expect(words).toBeGreaterThanOrEqual(100_000);
    const result = storableBody(long);
    expect(result.dropped).toBe(0);
    expect(result.body).toEqual(long);
  });
});
