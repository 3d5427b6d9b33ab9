import { nestsTooDeeply } from "./depth";

// The editor's raw JSON carries presentation-only attributes (table column widths, a list's
// marker type, a link's target) and nulls for unset ones. Stripping exactly those, here and
// nowhere else, lets the server's schema stay strict about everything else.
const EDITOR_ONLY_ATTRS: Record<string, string[]> = {
  tableCell: ["colwidth"],
  tableHeader: ["colwidth"],
  orderedList: ["type"],
  link: ["target", "rel", "class"],
};

type JsonNode = {
  type?: unknown;
  attrs?: Record<string, unknown>;
  marks?: JsonNode[];
  content?: JsonNode[];
  [k: string]: unknown;
};

function cleanAttrs(type: string, attrs: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!attrs || typeof attrs !== "object") return attrs;
  const drop = new Set(EDITOR_ONLY_ATTRS[type] ?? []);
  const kept = Object.fromEntries(
    Object.entries(attrs).filter(([k, v]) => v !== null && v !== undefined && !drop.has(k)),
  );
  // Defaults that mean "nothing set" are dropped too, so documents compare equal.
  if (type === "orderedList" && kept.start === 1) delete kept.start;
  if ((type === "tableCell" || type === "tableHeader") && kept.colspan === 1) delete kept.colspan;
  if ((type === "tableCell" || type === "tableHeader") && kept.rowspan === 1) delete kept.rowspan;
  return Object.keys(kept).length ? kept : undefined;
}

/** A document nested too deeply is returned as it is, without recursing: the server refuses it with a message. */
export function normalizeEditorJson<T>(node: T): T {
  return nestsTooDeeply(node) ? node : normalize(node);
}

function normalize<T>(node: T): T {
  if (Array.isArray(node)) return node.map(normalize) as T;
  if (!node || typeof node !== "object") return node;
  const n = node as JsonNode;
  const type = typeof n.type === "string" ? n.type : "";
  const out: JsonNode = {};
  for (const [key, value] of Object.entries(n)) {
    if (key === "attrs") {
      const attrs = cleanAttrs(type, value as Record<string, unknown>);
      if (attrs) out.attrs = attrs;
    } else if (key === "marks" || key === "content") {
      const list = normalize(value as JsonNode[]);
      if (Array.isArray(list) && (list.length || key === "content")) out[key] = list;
    } else out[key] = value;
  }
  return out as T;
}
