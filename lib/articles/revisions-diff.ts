import { diffWords } from "diff";
import { plainText } from "@/lib/editor/text";
import type { ArticleFields } from "./fields";

export interface FieldDiff {
  key: keyof ArticleFields;
  field: string;
  parts: { value: string; added?: boolean; removed?: boolean }[];
}

const LABELS: Partial<Record<keyof ArticleFields, string>> = {
  title: "Headline",
  standfirst: "Standfirst",
  excerpt: "Excerpt",
  dateline: "Dateline",
  slug: "Slug",
  tags: "Tags",
  body: "Body",
};

/** A readable word-level diff of the fields people read, from `older` to `newer`. */
export function diffFields(older: Partial<ArticleFields>, newer: Partial<ArticleFields>): FieldDiff[] {
  const text = (f: Partial<ArticleFields>, k: keyof ArticleFields) =>
    k === "body" ? (f.body ? plainText(f.body) : "") : k === "tags" ? (f.tags ?? []).join(", ") : String(f[k] ?? "");
  return (Object.keys(LABELS) as (keyof ArticleFields)[])
    .map((k) => ({ key: k, field: LABELS[k]!, a: text(older, k), b: text(newer, k) }))
    .filter(({ a, b }) => a !== b)
    .map(({ key, field, a, b }) => ({
      key,
      field,
      parts: diffWords(a, b).map((p) => ({
        value: p.value,
        added: p.added || undefined,
        removed: p.removed || undefined,
      })),
    }));
}
