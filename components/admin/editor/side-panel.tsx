"use client";

import { memo, useState } from "react";
import type { ArticleFields } from "@/lib/articles/fields";
import { SEO_GUIDANCE } from "@/lib/articles/fields";
import { EmbargoField } from "@/components/admin/embargo/embargo-field";
import type { PickedImage } from "@/lib/media/types";
import { applyTagEdit } from "@/lib/collab/tag-edits";
import { AuthorPicker } from "./author-picker";
import { LibraryChoice } from "./library-choice";

export interface EditorOptions {
  sections: { id: string; name: string }[];
  people: { id: string; name: string }[];
  media: { id: string; label: string }[];
}

type Errors = Partial<Record<keyof ArticleFields, string>>;
/** Everything the panel edits: every field but the body and breaking news. */
export type PanelFields = Omit<ArticleFields, "body" | "breaking">;
type Set = <K extends keyof PanelFields>(
  key: K,
  value: PanelFields[K] | ((now: PanelFields[K]) => PanelFields[K]),
) => void;

const box = "block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm aria-[invalid=true]:border-accent";

function Label({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-semibold text-accent">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Counter({ value, ideal }: { value: string; ideal: number }) {
  const over = value.length > ideal;
  return (
    <span className={over ? "font-semibold text-accent" : ""}>
      {value.length} of about {ideal} characters{over ? ": search engines will cut it short" : ""}
    </span>
  );
}

/** Everything about the story except its body. */
function Panel({
  fields,
  set,
  errors,
  options,
  slugLocked,
}: {
  fields: PanelFields;
  set: Set;
  errors: Errors;
  options: EditorOptions;
  slugLocked: boolean;
}) {
  // Images picked (or uploaded) through the library dialog join the list they are chosen from.
  const [picked, setPicked] = useState<EditorOptions["media"]>([]);
  const media = [...picked.filter((p) => !options.media.some((m) => m.id === p.id)), ...options.media];
  const addPicked = (image: PickedImage, label: string) =>
    setPicked((prev) => [{ id: image.mediaId, label }, ...prev.filter((p) => p.id !== image.mediaId)]);
  const text = (
    key: "standfirst" | "excerpt" | "dateline" | "metaTitle" | "metaDescription",
    label: string,
    hint?: React.ReactNode,
    multiline = false,
  ) => {
    const id = `article-${key}`;
    const common = {
      id,
      value: fields[key],
      "aria-invalid": errors[key] ? true : undefined,
      className: box,
      "aria-describedby": hint ? `${id}-hint` : undefined,
    };
    return (
      <Label id={id} label={label} error={errors[key]} hint={hint}>
        {multiline ? (
          <textarea {...common} rows={3} onChange={(e) => set(key, e.target.value)} />
        ) : (
          <input {...common} onChange={(e) => set(key, e.target.value)} />
        )}
      </Label>
    );
  };
  return (
    <div className="space-y-4">
      <Label
        id="article-slug"
        label="Slug"
        error={errors.slug}
        hint={
          slugLocked
            ? "Published: changing it keeps a permanent redirect from the old address."
            : "Made from the headline until you edit it."
        }
      >
        <input
          id="article-slug"
          value={fields.slug}
          aria-invalid={errors.slug ? true : undefined}
          aria-describedby="article-slug-hint"
          className={box}
          onChange={(e) => set("slug", e.target.value.toLowerCase())}
        />
      </Label>
      <Label id="article-section" label="Section" error={errors.sectionId}>
        <select
          id="article-section"
          value={fields.sectionId}
          className={box}
          onChange={(e) => set("sectionId", e.target.value)}
        >
          {options.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Label>
      <Label
        id="article-tags"
        label="Tags"
        hint="Separate with commas; new tags are created when you save."
        error={errors.tags}
      >
        <TagsBox tags={fields.tags} onEdit={(edit) => set("tags", edit)} className={box} />
      </Label>
      <AuthorPicker
        value={fields.authorIds}
        people={options.people}
        error={errors.authorIds}
        onChange={(ids) => set("authorIds", ids)}
      />
      {text("standfirst", "Standfirst", undefined, true)}
      {text("dateline", "Dateline", "Where the story was filed, e.g. ISLAMABAD.")}
      {text("excerpt", "Excerpt", "For cards and feeds; the standfirst is used when empty.", true)}
      <Label id="article-featured-image" label="Featured image" error={errors.featuredImageId}>
        <LibraryChoice
          id="article-featured-image"
          what="featured image"
          value={fields.featuredImageId}
          none="None"
          media={media}
          onChange={(id) => set("featuredImageId", id)}
          onPicked={addPicked}
        />
      </Label>
      <fieldset className="space-y-3 rounded border border-rule p-3">
        <legend className="px-1 text-sm font-bold">Search and social</legend>
        {text("metaTitle", "SEO title", <Counter value={fields.metaTitle} ideal={SEO_GUIDANCE.metaTitle} />)}
        {text(
          "metaDescription",
          "Meta description",
          <Counter value={fields.metaDescription} ideal={SEO_GUIDANCE.metaDescription} />,
          true,
        )}
        <Label
          id="article-social-image"
          label="Social image"
          hint="The featured image is used when none is chosen."
          error={errors.socialImageId}
        >
          <LibraryChoice
            id="article-social-image"
            what="social image"
            value={fields.socialImageId}
            none="Same as featured image"
            media={media}
            onChange={(id) => set("socialImageId", id)}
            onPicked={addPicked}
          />
        </Label>
      </fieldset>
      <EmbargoField value={fields.embargoUntil} onChange={(v) => set("embargoUntil", v)} error={errors.embargoUntil} />
      <div className="flex gap-6">
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="checkbox" checked={fields.featured} onChange={(e) => set("featured", e.target.checked)} />{" "}
          Featured on the front page
        </label>
      </div>
    </div>
  );
}

/**
 * The tags as one comma-separated box. While one types in it, only what one adds or removes is
 * applied (a colleague's new tag is kept, and shown once one leaves the box).
 */
function TagsBox({
  tags,
  onEdit,
  className,
}: {
  tags: string[];
  /** Gets the edit as a function of the tags as the story has them at that moment. */
  onEdit: (edit: (now: string[]) => string[]) => void;
  className: string;
}) {
  const [typing, setTyping] = useState<string | null>(null);
  const shown = typing ?? tags.join(", ");
  return (
    <input
      id="article-tags"
      aria-describedby="article-tags-hint"
      className={className}
      value={shown}
      onFocus={() => setTyping(tags.join(", "))}
      onBlur={() => setTyping(null)}
      onChange={(e) => {
        const next = e.target.value;
        onEdit((now) => applyTagEdit(now, shown, next));
        setTyping(next);
      }}
    />
  );
}

/** Renders only when its fields, errors or options change: not when the save status or the stored article does. */
export const SidePanel = memo(Panel);
