import { XMLParser } from "fast-xml-parser";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/site/rich-text";
import { documentSchema, parseDocument, type ArticleDocument } from "./document";
import { blockRenderers, containerRenderers, inlineRenderers, markRenderers } from "./node-map";
import { sanitizeBodyHtml } from "./sanitize";
import { documentToHtml } from "./to-html";

// Reader pages and feeds draw a body from one node map. This renders a document holding every
// node, mark and attribute of the schema through both outputs and checks that a feed reader is
// told what a page reader is: the same text, quotes and their attribution, picture descriptions,
// table spans, links and heading levels.

const LIBRARY_IMAGE = `/media/${"a".repeat(32)}.webp`;
const text = (t: string, marks?: object[]) => ({ type: "text", text: t, ...(marks ? { marks } : {}) });
const p = (...content: object[]) => ({ type: "paragraph", content });
const link = (href: string) => ({ type: "link", attrs: { href } });

const fixture = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [text("Two")] },
    { type: "heading", attrs: { level: 3 }, content: [text("Three")] },
    { type: "heading", attrs: { level: 4 }, content: [text("Four & <more>")] },
    p(
      text('Plain "quoted" it\'s, '),
      text("bold", [{ type: "bold" }]),
      text(" and "),
      text("italic", [{ type: "italic" }]),
      { type: "hardBreak" },
      text("a web link", [link("https://example.org/a?b=1&c=2")]),
      text(", "),
      text("mail", [link("mailto:desk@example.org")]),
      text(" and all three", [{ type: "bold" }, { type: "italic" }, link("http://example.net/")]),
    ),
    // Spacing left in the editor: neither output draws it.
    { type: "paragraph" },
    { type: "pullQuote", attrs: { attribution: "Ana Ruiz, minister" }, content: [text("A line worth pulling")] },
    { type: "pullQuote", content: [text("Unattributed")] },
    { type: "blockquote", content: [p(text("Quoted")), p(text("More"))] },
    { type: "bulletList", content: [{ type: "listItem", content: [p(text("Dot"))] }] },
    { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [p(text("Third"))] }] },
    { type: "horizontalRule" },
    {
      type: "image",
      attrs: {
        src: LIBRARY_IMAGE,
        alt: "A harbour at dawn",
        caption: "The port",
        credit: "Photo: K. Lee",
        width: 1500,
        height: 1000,
      },
    },
    {
      type: "image",
      attrs: {
        src: "/images/rule.png",
        alt: "left over",
        caption: "",
        credit: "",
        decorative: true,
      },
    },
    {
      type: "image",
      attrs: { src: "https://images.example.org/pasted.png", alt: "Pasted", caption: "Not imported", credit: "" },
    },
    { type: "embed", attrs: { provider: "youtube", url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" } },
    { type: "embed", attrs: { provider: "x", url: "https://x.com/someone/status/12345" } },
    {
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [{ type: "tableHeader", attrs: { colspan: 2 }, content: [p(text("Both years"))] }],
        },
        {
          type: "tableRow",
          content: [
            { type: "tableCell", attrs: { rowspan: 2 }, content: [p(text("Tall"))] },
            { type: "tableCell", content: [p(text("2025"))] },
          ],
        },
        { type: "tableRow", content: [{ type: "tableCell", content: [p(text("2026"))] }] },
      ],
    },
  ],
};

const parsed = parseDocument(fixture);
if (!parsed.ok) throw new Error(parsed.error);
const doc: ArticleDocument = parsed.doc;
const page = renderToStaticMarkup(createElement(RichText, { doc }));
const feed = documentToHtml(doc);

// ---- what a reader is told, read from markup -------------------------------------------------

type XmlNode = { "#text"?: string; ":@"?: Record<string, string> } & Record<string, XmlNode[] | undefined>;
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  allowBooleanAttributes: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  // HTML names are case-insensitive, and React writes some in its own spelling (colSpan).
  transformAttributeName: (name) => name.toLowerCase(),
});
/** Both outputs are well-formed (XHTML-style, bare boolean attributes aside); this throws if one is not. */
const parse = (markup: string): XmlNode[] => {
  const root = parser.parse(`<root>${markup}</root>`, { allowBooleanAttributes: true }) as XmlNode[];
  // The feed puts each top-level block on its own line: layout, not text.
  return root[0]!.root!.filter((node) => node["#text"] !== "\n");
};
const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ":@" && k !== "#text");

// Elements that carry meaning, and the attributes of theirs a reader depends on. Everything else
// is the page's presentation (classes, the scroll region, responsive sources) and is looked through.
const MEANING: Record<string, string[]> = {
  ...Object.fromEntries(
    "p h2 h3 h4 strong em br hr ul li blockquote aside figure figcaption table tr".split(" ").map((t) => [t, []]),
  ),
  a: ["href"],
  ol: ["start"],
  img: ["alt"],
  iframe: ["src", "title", "sandbox"],
  th: ["colspan", "rowspan"],
  td: ["colspan", "rowspan"],
};

/** The document as a reader receives it: meaningful elements, their attributes and the text, in order. */
function meaning(nodes: XmlNode[]): string {
  return nodes
    .map((node) => {
      if (node["#text"] !== undefined) return node["#text"];
      const tag = tagOf(node)!;
      const inner = meaning(node[tag] ?? []);
      if (!MEANING[tag]) return inner;
      const attrs = MEANING[tag]
        .filter((a) => node[":@"]?.[a] !== undefined)
        .map((a) => ` ${a}="${node[":@"]![a]}"`)
        .join("");
      return `<${tag}${attrs}>${inner}</${tag}>`;
    })
    .join("");
}

function findAll(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap((node) => {
    const name = tagOf(node);
    const children = name ? (node[name] ?? []) : [];
    return [...(name === tag ? [node] : []), ...findAll(children, tag)];
  });
}
const textOf = (node: XmlNode): string => node["#text"] ?? (node[tagOf(node)!] ?? []).map(textOf).join("");
const attr = (node: XmlNode, name: string) => node[":@"]?.[name];

// ---- which node and mark types the schema names -----------------------------------------------

type ZodDef = { type: string; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: ZodDef } })._zod.def;

/** Every `type` literal the schema accepts for a node or a mark, found by walking the schema itself. */
function schemaTypes(root: unknown): Set<string> {
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const literals = (schema: unknown): string[] => {
    const def = defOf(schema);
    if (def.type === "literal") return def.values as string[];
    if (def.type === "enum") return Object.values(def.entries as Record<string, string>);
    return [];
  };
  const visit = (schema: unknown) => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    const def = defOf(schema);
    switch (def.type) {
      case "object": {
        const shape = def.shape as Record<string, unknown>;
        if (shape.type) for (const t of literals(shape.type)) found.add(t);
        Object.values(shape).forEach(visit);
        break;
      }
      case "union":
        (def.options as unknown[]).forEach(visit);
        break;
      case "lazy":
        visit((def.getter as () => unknown)());
        break;
      case "pipe":
        visit(def.in);
        visit(def.out);
        break;
      case "array":
        visit(def.element);
        break;
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "readonly":
        visit(def.innerType);
        break;
    }
  };
  visit(root);
  found.delete("doc");
  return found;
}

function typesUsed(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => typesUsed(v, found));
  else if (value && typeof value === "object") {
    const { type } = value as { type?: unknown };
    if (typeof type === "string" && type !== "doc") found.add(type);
    Object.values(value).forEach((v) => typesUsed(v, found));
  }
  return found;
}

// ---- the checks ------------------------------------------------------------------------------

describe("the body's two outputs", () => {
  const schema = schemaTypes(documentSchema);

  it("have a renderer for every node and mark type the schema accepts", () => {
    expect(schema.size).toBeGreaterThan(15);
    const rendered = new Set([
      ...Object.keys(blockRenderers),
      ...Object.keys(containerRenderers),
      ...Object.keys(inlineRenderers),
      ...Object.keys(markRenderers),
    ]);
    for (const type of schema) expect(rendered.has(type), `no renderer for "${type}"`).toBe(true);
  });

  it("are tested on a document that uses every node and mark type of the schema", () => {
    expect([...typesUsed(doc)].sort()).toEqual([...schema].sort());
  });

  it("tell a feed reader what a page reader is told", () => {
    expect(meaning(parse(feed))).toBe(meaning(parse(page)));
  });

  it("agree on the text, heading levels and link targets", () => {
    const [pageTree, feedTree] = [parse(page), parse(feed)];
    expect(feedTree.map(textOf).join("")).toBe(pageTree.map(textOf).join(""));
    for (const tree of [pageTree, feedTree]) {
      expect(["h2", "h3", "h4"].map((h) => findAll(tree, h).map(textOf))).toEqual([
        ["Two"],
        ["Three"],
        ["Four & <more>"],
      ]);
      expect(findAll(tree, "a").map((a) => [attr(a, "href"), attr(a, "rel")])).toEqual([
        ["https://example.org/a?b=1&c=2", "noopener"],
        ["mailto:desk@example.org", undefined],
        ["http://example.net/", "noopener"],
        ["https://x.com/someone/status/12345", "noopener"],
      ]);
    }
  });

  it("keep a pull quote's attribution", () => {
    for (const tree of [parse(page), parse(feed)]) {
      expect(findAll(tree, "aside").map((a) => findAll([a], "p").map(textOf))).toEqual([
        ["A line worth pulling", "Ana Ruiz, minister"],
        ["Unattributed"],
      ]);
    }
  });

  it("describe pictures alike, with no words for a decorative one", () => {
    for (const tree of [parse(page), parse(feed)]) {
      expect(findAll(tree, "img").map((img) => attr(img, "alt"))).toEqual(["A harbour at dawn", ""]);
      expect(findAll(tree, "figcaption").map(textOf)).toEqual(["The port Photo: K. Lee"]);
    }
  });

  it("never link a picture still at another site's address (a placeholder the desk must replace)", () => {
    for (const out of [page, feed]) {
      expect(out).not.toContain("images.example.org");
      expect(out).not.toContain("Not imported");
    }
  });

  it("keep table headers and cell spans", () => {
    for (const tree of [parse(page), parse(feed)]) {
      const cells = [...findAll(tree, "th"), ...findAll(tree, "td")];
      expect(cells.map((c) => [tagOf(c), textOf(c), attr(c, "colspan"), attr(c, "rowspan")])).toEqual([
        ["th", "Both years", "2", undefined],
        ["td", "Tall", undefined, "2"],
        ["td", "2025", undefined, undefined],
        ["td", "2026", undefined, undefined],
      ]);
    }
  });

  it("keep the page's own rules on pages: responsive library images and the table's scroll region", () => {
    expect(page).toContain('<source type="image/avif"');
    expect(page).toContain('sizes="(min-width: 768px) 42rem, 100vw"');
    expect(page).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Table">');
    expect(page).toContain('<aside class="pull-quote" aria-label="Pull quote">');
  });

  it("give feeds markup the body allowlist keeps as it is, with no page presentation", () => {
    expect(sanitizeBodyHtml(feed)).toBe(feed);
    expect(feed).not.toMatch(/\sclass=|<div|<span|tabindex/);
    expect(feed).toContain(`<img src="${LIBRARY_IMAGE}" alt="A harbour at dawn" width="1500" height="1000" />`);
  });
});
