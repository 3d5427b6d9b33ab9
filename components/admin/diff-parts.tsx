import type { FieldDiff } from "@/lib/articles/revisions-diff";

/** A word-level diff as text: insertions and deletions marked up as such (screen readers announce them). */
export function DiffParts({ parts, deleted = "bg-accent-soft" }: { parts: FieldDiff["parts"]; deleted?: string }) {
  return parts.map((p, i) =>
    p.added ? (
      <ins key={i} className="bg-green-200 text-ink no-underline">
        {p.value}
      </ins>
    ) : p.removed ? (
      <del key={i} className={deleted}>
        {p.value}
      </del>
    ) : (
      <span key={i}>{p.value}</span>
    ),
  );
}
