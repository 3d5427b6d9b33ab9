import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/site/rich-text";
import { XSS_PAYLOADS } from "../../e2e/support/xss-payloads";
import { MAX_DOCUMENT_DEPTH, TOO_DEEP_MESSAGE } from "./depth";
import { parseDocument } from "./document";
import { plainText } from "./text";
import { documentToHtml } from "./to-html";

// Thousands of random and malformed documents at the body validator and both renderers: the
// validator never throws, and whatever it accepts renders without a crash and without markup
// that could run script.

const payload = fc.constantFrom(...XSS_PAYLOADS);
const text = fc.oneof(
  payload,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constant(""),
);
const href = fc.oneof(
  payload,
  fc.webUrl(),
  fc.constantFrom("https://example.com/a", "mailto:a@b.c", "javascript:alert(1)", "data:text/html,x", "/relative"),
);
const mark = fc.oneof(
  fc.constant({ type: "bold" }),
  fc.constant({ type: "italic" }),
  fc.record({ type: fc.constant("link"), attrs: fc.record({ href }) }),
  fc.record({ type: fc.constantFrom("code", "script", "style"), attrs: fc.anything() }, { requiredKeys: ["type"] }),
);
const inline = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      { type: fc.constant("text"), text, marks: fc.array(mark, { maxLength: 3 }) },
      { requiredKeys: ["type", "text"] },
    ),
  },
  { weight: 1, arbitrary: fc.constant({ type: "hardBreak" }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constantFrom("html", "script", "iframe"),
      text,
      attrs: fc.dictionary(fc.string(), text),
    }),
  },
);
const image = fc.record({
  type: fc.constant("image"),
  attrs: fc.record(
    {
      src: fc.oneof(href, fc.constant("/media/abc.webp")),
      alt: text,
      caption: text,
      credit: text,
      width: fc.integer(),
      height: fc.integer(),
      onerror: text,
    },
    { requiredKeys: ["src"] },
  ),
});
const embed = fc.record({
  type: fc.constant("embed"),
  attrs: fc.record({ provider: fc.constantFrom("youtube", "x", "vimeo"), url: href }),
});

const { block } = fc.letrec((tie) => ({
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ type: fc.constant("paragraph"), content: fc.array(inline, { maxLength: 5 }) }),
    fc.record({
      type: fc.constant("heading"),
      attrs: fc.record({ level: fc.integer({ min: 0, max: 7 }) }),
      content: fc.array(inline, { maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant("pullQuote"),
      attrs: fc.record({ attribution: text }),
      content: fc.array(inline, { maxLength: 3 }),
    }),
    fc.constant({ type: "horizontalRule" }),
    image,
    embed,
    fc.record({ type: fc.constant("blockquote"), content: fc.array(tie("block"), { maxLength: 3 }) }),
    fc.record({
      type: fc.constantFrom("bulletList", "orderedList"),
      content: fc.array(
        fc.record({ type: fc.constant("listItem"), content: fc.array(tie("block"), { minLength: 1, maxLength: 2 }) }),
        { maxLength: 3 },
      ),
    }),
    fc.record({
      type: fc.constant("table"),
      content: fc.array(
        fc.record({
          type: fc.constant("tableRow"),
          content: fc.array(
            fc.record({
              type: fc.constantFrom("tableCell", "tableHeader"),
              attrs: fc.record({ colspan: fc.integer({ min: -1, max: 30 }) }),
              content: fc.array(tie("block"), { minLength: 1, maxLength: 2 }),
            }),
            { minLength: 1, maxLength: 3 },
          ),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    fc.record({ type: fc.constantFrom("script", "iframe", "div", "doc"), content: fc.anything() }),
  ),
}));
const documentLike = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant("doc"), content: fc.array(block, { maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.string().map((s) => `{"type":"doc","content":[${s}`) },
);

// Elements a body may render; anything else (script, iframe from elsewhere, object, svg, math,
// style, base, form...) in the output would mean markup got through.
const ALLOWED_TAGS = new Set(
  "p h2 h3 h4 strong em a br hr ul ol li blockquote aside figure figcaption img picture source span small table thead tbody tr td th div iframe".split(
    " ",
  ),
);
const TAG = /<\/?([a-zA-Z][\w:-]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s=]+)(?:="([^"]*)")?/g;

/** Every tag and attribute in rendered markup, checked: text is escaped, so `<` only starts real tags. */
function expectNoExecutableMarkup(html: string) {
  for (const [, name, attributes] of html.matchAll(TAG)) {
    expect(ALLOWED_TAGS.has(name!.toLowerCase()), `<${name}>`).toBe(true);
    for (const [, attr, value = ""] of (attributes ?? "").matchAll(ATTRIBUTE)) {
      expect(attr!.toLowerCase().startsWith("on"), `${name} ${attr}`).toBe(false);
      const decoded = value.replace(/&amp;/g, "&").replace(/[\u0000-\u0020]/g, "");
      if (/^(href|src|srcset|action|formaction)$/i.test(attr!))
        expect(decoded, `${name} ${attr}`).not.toMatch(/^(javascript|data|vbscript):/i);
      if (name!.toLowerCase() === "iframe" && attr === "src")
        expect(value).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}$/);
    }
  }
}

function render(input: unknown) {
  const parsed = parseDocument(input);
  if (!parsed.ok) return "rejected";
  const html = documentToHtml(parsed.doc);
  const react = renderToStaticMarkup(createElement(RichText, { doc: parsed.doc }));
  plainText(parsed.doc);
  expectNoExecutableMarkup(html);
  expectNoExecutableMarkup(react);
  return "accepted";
}

describe("the body validator and renderers under random input", () => {
  it("never crash and never produce executable markup", () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(documentLike, (doc) => {
        seen[render(doc)]++;
      }),
      { numRuns: 3000 },
    );
    // Both paths were exercised: the generator is not just making garbage.
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.rejected).toBeGreaterThan(100);
  }, 120_000);

  it("refuse image sources that only look like site paths but name another origin", () => {
    for (const src of ["//xss.invalid/x.png", "/\\xss.invalid/x.png"]) {
      expect(parseDocument({ type: "doc", content: [{ type: "image", attrs: { src, alt: "x" } }] }).ok, src).toBe(
        false,
      );
    }
    expect(
      parseDocument({ type: "doc", content: [{ type: "image", attrs: { src: "/media/a.webp", alt: "x" } }] }).ok,
    ).toBe(true);
  });

  it("keep every payload of the corpus as text when it is a paragraph, a link, an image's words or an attribution", () => {
    for (const p of XSS_PAYLOADS) {
      const doc = {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: p }] },
          {
            type: "paragraph",
            content: [{ type: "text", text: "link", marks: [{ type: "link", attrs: { href: p } }] }],
          },
          { type: "image", attrs: { src: "/media/a.webp", alt: p, caption: p, credit: p } },
          { type: "pullQuote", attrs: { attribution: p }, content: [{ type: "text", text: p }] },
          { type: "embed", attrs: { provider: "youtube", url: p } },
        ],
      };
      render(doc);
      render(JSON.stringify(doc));
    }
  });
});

/** Wraps a node in a container: a quote, a list item in a list, or a cell in a row in a table. */
const wrappers: ((node: object) => object)[] = [
  (node) => ({ type: "blockquote", content: [node] }),
  (node) => ({ type: "bulletList", content: [{ type: "listItem", content: [node] }] }),
  (node) => ({ type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [node] }] }] }),
];
const LEVELS_ADDED = [1, 2, 3];

/** Nodes on the deepest path, the document being 1 (as lib/editor/depth.ts counts). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    const content = node && typeof node === "object" ? (node as { content?: unknown }).content : undefined;
    // Nodes are objects; a number or string in a content list is refused by the schema, not counted.
    if (Array.isArray(content))
      for (const child of content) if (child && typeof child === "object") stack.push([child, depth + 1]);
  }
  return deepest;
}

const wrapper = fc.nat({ max: wrappers.length - 1 });
// Half the paths stay within reach of the limit (either side of it), half go far past it: how many
// of each a run draws must not hang on fast-check's leaning towards short arrays.
const wrapperPath = fc.oneof(
  fc.array(wrapper, { maxLength: MAX_DOCUMENT_DEPTH }),
  fc.array(wrapper, { minLength: MAX_DOCUMENT_DEPTH, maxLength: 1500 }),
);

const deepDocument = fc
  .record({
    path: wrapperPath,
    leaf: fc.oneof(block, fc.constant({ type: "paragraph", content: [{ type: "text", text: "x" }] })),
  })
  .map(({ path, leaf }) => ({ type: "doc", content: [path.reduce<object>((node, i) => wrappers[i]!(node), leaf)] }));

describe("deep and wide documents", () => {
  it("are accepted up to the nesting limit and refused past it with the message, never with a crash", () => {
    const seen = { shallow: 0, deep: 0 };
    fc.assert(
      fc.property(deepDocument, (doc) => {
        const depth = depthOf(doc);
        const parsed = parseDocument(doc);
        if (depth > MAX_DOCUMENT_DEPTH) {
          seen.deep++;
          expect(parsed).toEqual({ ok: false, error: TOO_DEEP_MESSAGE });
        } else {
          seen.shallow++;
          render(doc);
        }
      }),
      { numRuns: 400 },
    );
    expect(seen.deep).toBeGreaterThan(50);
    expect(seen.shallow).toBeGreaterThan(20);
  }, 120_000);

  it("refuse about 5,000 levels of every container as a value, and 1,000 quotes as JSON", () => {
    for (const [i, wrap] of wrappers.entries()) {
      let node: object = { type: "paragraph" };
      for (let n = 0; n < 5000 / LEVELS_ADDED[i]!; n++) node = wrap(node);
      expect(parseDocument({ type: "doc", content: [node] })).toEqual({ ok: false, error: TOO_DEEP_MESSAGE });
    }
    const json = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(1000)}{"type":"paragraph"}${"]}".repeat(1000)}]}`;
    expect(parseDocument(json)).toEqual({ ok: false, error: TOO_DEEP_MESSAGE });
  });

  it("take the widest body the schema allows, and refuse one block more as too long", () => {
    const paragraph = { type: "paragraph", content: Array.from({ length: 2000 }, () => ({ type: "text", text: "w" })) };
    const widest = { type: "doc", content: Array.from({ length: 5000 }, () => ({ type: "horizontalRule" })) };
    widest.content[0] = paragraph;
    expect(parseDocument(widest).ok).toBe(true);
    const wider = { ...widest, content: [...widest.content, { type: "horizontalRule" }] };
    const refused = parseDocument(wider);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/^The article body is invalid at content/);
    // A wide table of lists: broad at every level, within the depth limit.
    const item = { type: "listItem", content: [paragraph] };
    const list = { type: "bulletList", content: Array.from({ length: 200 }, () => item) };
    const cell = { type: "tableCell", content: [list] };
    const table = {
      type: "table",
      content: Array.from({ length: 5 }, () => ({ type: "tableRow", content: [cell, cell] })),
    };
    expect(parseDocument({ type: "doc", content: [table] }).ok).toBe(true);
  }, 60_000);
});
