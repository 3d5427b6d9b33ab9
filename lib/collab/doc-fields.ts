import { getSchema } from "@tiptap/core";
import {
  initProseMirrorDoc,
  prosemirrorToYXmlFragment,
  updateYFragment,
  yXmlFragmentToProsemirrorJSON,
} from "@tiptap/y-tiptap";
import { Node as PMNode } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import { fixTables } from "@tiptap/pm/tables";
import * as Y from "yjs";
import type { ArticleFields } from "@/lib/articles/fields";
import { documentSchema, emptyDocument, MAX_DOCUMENT_BYTES, type ArticleDocument } from "@/lib/editor/document";
import { normalizeEditorJson } from "@/lib/editor/normalize";
import { documentExtensions } from "@/lib/editor/schema-extensions";
import { changedStretch } from "./changed-stretch";

// One shared (Yjs) document per story holds everything the desk edits: the body as the editor's
// XML fragment, each text field as shared text (so two people typing in one headline merge
// character by character), tags and byline as shared lists (two people adding a tag each keep
// both), and the other fields as map entries (the last choice wins). The
// stored article is derived from it; an edit made elsewhere (a restore, Discard) is applied to it
// as the smallest change, so that browsers holding copies still merge.

export const BODY = "body";
export const TEXT_FIELDS = [
  "title",
  "slug",
  "standfirst",
  "excerpt",
  "dateline",
  "metaTitle",
  "metaDescription",
] as const;
export const LIST_FIELDS = ["tags", "authorIds"] as const;
export const MAP_FIELDS = ["sectionId", "featuredImageId", "socialImageId", "featured", "embargoUntil"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type MapField = (typeof MAP_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];
/** What the shared document holds: every field but breaking news, which has its own editors-only control. */
export type SharedFields = Omit<ArticleFields, "breaking">;
/** Every shared field but the body. */
export type PanelFields = Omit<SharedFields, "body">;

let cachedSchema: ReturnType<typeof getSchema> | null = null;
export const bodySchema = () => (cachedSchema ??= getSchema(documentExtensions()));

export const fieldsMap = (doc: Y.Doc) => doc.getMap<unknown>("fields");
export const metaMap = (doc: Y.Doc) => doc.getMap<string>("meta");
const listOf = (doc: Y.Doc, k: ListField) => doc.getArray<string>(k);

/** Replaces `list`'s items with `next` by the smallest single splice, as spliceText does for text. */
function spliceList(list: Y.Array<string>, next: readonly string[]) {
  const prev = list.toArray();
  const { start, end } = changedStretch(prev, next);
  if (prev.length - start - end > 0) list.delete(start, prev.length - start - end);
  if (next.length - start - end > 0) list.insert(start, next.slice(start, next.length - end));
}

/** A shared list as the story has it: each item once (two people adding the same tag add it once). */
function readList(doc: Y.Doc, k: ListField): string[] {
  // Documents made before the lists were shared kept them as one map entry, until first changed.
  const legacy = fieldsMap(doc).get(k);
  const items = fieldsMap(doc).has(k) && Array.isArray(legacy) ? legacy : listOf(doc, k).toArray();
  return [...new Set(items.filter((x): x is string => typeof x === "string"))];
}

/** Sets one field as a person's edit does: text and lists by the smallest change, the rest outright. */
export function setField<K extends keyof PanelFields>(doc: Y.Doc, key: K, value: PanelFields[K]) {
  if ((TEXT_FIELDS as readonly string[]).includes(key)) spliceText(doc.getText(key), String(value ?? ""));
  else if ((LIST_FIELDS as readonly string[]).includes(key)) {
    const list = listOf(doc, key as ListField);
    const map = fieldsMap(doc);
    if (map.has(key)) {
      // First change since the lists were shared: the list takes over from the map entry.
      const legacy = readList(doc, key as ListField);
      map.delete(key);
      if (list.length) list.delete(0, list.length);
      list.insert(0, legacy);
    }
    spliceList(list, Array.isArray(value) ? (value as string[]) : []);
  } else if (JSON.stringify(fieldsMap(doc).get(key) ?? null) !== JSON.stringify(value ?? null))
    fieldsMap(doc).set(key, value ?? null);
}

/** Replaces `text`'s content with `next` by the smallest single splice (what a person typing does). */
export function spliceText(text: Y.Text, next: string) {
  const prev = text.toString();
  if (prev === next) return;
  const { start, end } = changedStretch(prev, next);
  if (prev.length - start - end > 0) text.delete(start, prev.length - start - end);
  if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
}

/**
 * The body as stored JSON: whatever the document holds, reduced to what the schema allows, less
 * the empty paragraph the editor keeps after a last table or picture as a place to type (see
 * asTheEditorMakesIt): stored stories and the document compare equal with or without it.
 */
export function bodyOf(doc: Y.Doc): ArticleDocument {
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY)) as ArticleDocument;
  if (!json.content?.length) return emptyDocument();
  const body = normalizeEditorJson(json);
  const [before, last] = body.content.slice(-2);
  if (
    before &&
    before.type !== "paragraph" &&
    last?.type === "paragraph" &&
    !("content" in last && last.content?.length)
  )
    return { ...body, content: body.content.slice(0, -1) };
  return body;
}

/** Every shared field, as read from the document (missing entries read as empty). */
export const fieldsOf = (doc: Y.Doc): SharedFields => ({ ...panelFieldsOf(doc), body: bodyOf(doc) });

/** Every field but the body (cheap to read on each change, whatever the story's length). */
export function panelFieldsOf(doc: Y.Doc): Omit<SharedFields, "body"> {
  const map = fieldsMap(doc);
  const text = Object.fromEntries(TEXT_FIELDS.map((k) => [k, doc.getText(k).toString()])) as Record<TextField, string>;
  const str = (k: MapField) => {
    const v = map.get(k);
    return typeof v === "string" ? v : null;
  };
  return {
    ...text,
    sectionId: str("sectionId") ?? "",
    tags: readList(doc, "tags"),
    authorIds: readList(doc, "authorIds"),
    featuredImageId: str("featuredImageId"),
    socialImageId: str("socialImageId"),
    featured: map.get("featured") === true,
    embargoUntil: str("embargoUntil"),
  };
}

/** Whether two readings of the fields other than the body hold the same values. */
export function samePanelFields(a: PanelFields, b: PanelFields): boolean {
  return (Object.keys(a) as (keyof PanelFields)[]).every((k) => {
    const x = a[k];
    const y = b[k];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
    return x === y;
  });
}

/**
 * The part of a body that may be stored. Whatever a browser sends, a block the schema refuses (an
 * unknown node, a hostile link, an oversized attribute) is left out and counted, and the rest is
 * stored: one bad block never holds back the story. The blocks left out stay in the shared document.
 */
export function storableBody(body: ArticleDocument): { body: ArticleDocument; dropped: number; tooLarge: boolean } {
  const whole = documentSchema.safeParse(body);
  const size = (doc: unknown) => JSON.stringify(doc).length;
  if (whole.success && size(whole.data) <= MAX_DOCUMENT_BYTES) return { body: whole.data, dropped: 0, tooLarge: false };
  const blocks: ArticleDocument["content"] = [];
  let dropped = 0;
  let bytes = 0;
  let tooLarge = false;
  for (const block of Array.isArray(body?.content) ? body.content : []) {
    const one = documentSchema.safeParse({ type: "doc", content: [block] });
    if (!one.success || blocks.length >= 5000) {
      dropped++;
      continue;
    }
    const n = size(one.data.content[0]);
    if (bytes + n > MAX_DOCUMENT_BYTES) {
      tooLarge = true;
      dropped++;
      continue;
    }
    bytes += n;
    blocks.push(one.data.content[0]!);
  }
  return { body: blocks.length ? { type: "doc", content: blocks } : emptyDocument(), dropped, tooLarge };
}

/**
 * `node` as the editor makes it when it opens (see tidyForEditor): every table regular (the table
 * plugin), and a paragraph at the end after a last block of another kind (the trailing-node
 * plugin, so that there is always a place to type after a table or a picture).
 */
function asTheEditorMakesIt(node: PMNode): PMNode {
  const regular = fixTables(EditorState.create({ doc: node }))?.doc ?? node;
  const paragraph = regular.type.schema.nodes.paragraph!;
  if (regular.lastChild?.type === paragraph) return regular;
  return regular.copy(regular.content.addToEnd(paragraph.create()));
}

/** A ProseMirror node for `body`, as the editor would hold it, or null when the schema cannot hold it. */
function bodyNode(body: ArticleDocument): PMNode | null {
  try {
    return asTheEditorMakesIt(PMNode.fromJSON(bodySchema(), body));
  } catch {
    return null;
  }
}

/**
 * Makes the body what the editor would make it as it opens: a block the schema refuses is taken
 * out and the rest written as the schema reads it (as the editor's binding does), tables are made
 * regular and a story ends in a paragraph (as the editor's plugins make them).
 * Done by the server when it loads a document, so that merely opening a story changes nothing,
 * and no one is recorded as the author of a tidy they never made. True when anything changed.
 */
export function tidyForEditor(doc: Y.Doc): boolean {
  let changed = false;
  const onUpdate = () => (changed = true);
  doc.on("update", onUpdate);
  try {
    doc.transact(() => {
      const fragment = doc.getXmlFragment(BODY);
      // The editor's binding writes the body back as the schema reads it (defaults filled in,
      // unknown attributes gone) at its first update; so does this, where the two differ.
      const opened = asTheEditorMakesIt(initProseMirrorDoc(fragment, bodySchema()).doc);
      updateYFragment(doc, fragment, opened, { mapping: new Map(), isOMark: new Map() });
    }, "server");
  } finally {
    doc.off("update", onUpdate);
  }
  return changed;
}

/**
 * Makes the document hold `fields`, changing only what differs, in one transaction tagged
 * `origin` (so the server can tell its own writes from people's edits).
 */
export function applyFields(doc: Y.Doc, fields: Partial<SharedFields>, origin: unknown = "server") {
  doc.transact(() => {
    for (const k of TEXT_FIELDS) {
      const v = fields[k];
      if (typeof v === "string") spliceText(doc.getText(k), v);
    }
    for (const k of LIST_FIELDS)
      if (k in fields && JSON.stringify(readList(doc, k)) !== JSON.stringify(fields[k] ?? []))
        setField(doc, k, fields[k] ?? []);
    for (const k of MAP_FIELDS) if (k in fields) setField(doc, k, fields[k] as never);
    if (fields.body) {
      const fragment = doc.getXmlFragment(BODY);
      if (JSON.stringify(bodyOf(doc)) === JSON.stringify(normalizeEditorJson(fields.body))) return;
      const node = bodyNode(fields.body);
      if (!node) return;
      if (fragment.length === 0) prosemirrorToYXmlFragment(node, fragment);
      else updateYFragment(doc, fragment, node, { mapping: new Map(), isOMark: new Map() });
    }
  }, origin);
}

/** A new shared document holding `fields`, marked with a fresh lineage. */
export function newDocument(fields: SharedFields, lineage: string): Y.Doc {
  const doc = new Y.Doc();
  applyFields(doc, fields);
  metaMap(doc).set("lineage", lineage);
  return doc;
}
