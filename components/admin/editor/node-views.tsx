"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useId } from "react";
import { figureFromPicked } from "@/lib/media/figure";
import { isRemoteImageSrc } from "@/lib/media/remote-images";
import { RemotePlaceholder } from "./remote-placeholder";

/** A body image with its alt text (or decorative mark), caption and credit edited in place. */
export function FigureView({ node, updateAttributes, deleteNode, selected, editor }: ReactNodeViewProps) {
  const { src, alt, caption, credit, decorative } = node.attrs as {
    src: string;
    alt: string;
    caption: string;
    credit: string;
    decorative: boolean | null;
  };
  const id = useId();
  const readOnly = !editor.isEditable;
  const field = "block w-full rounded border border-rule bg-paper px-2 py-1 text-sm disabled:opacity-60";
  const missing = !decorative && !alt.trim();
  const remote = isRemoteImageSrc(src);
  return (
    <NodeViewWrapper
      as="figure"
      aria-label={remote ? "Image not in the media library" : `Image${caption ? `: ${caption}` : ""}`}
      className={`my-4 rounded border p-2 ${selected ? "border-accent" : "border-rule"}`}
      data-drag-handle=""
    >
      {remote ? (
        <RemotePlaceholder
          editor={editor}
          src={src}
          // The words chosen in the picker win; where it has none, those typed here stay.
          onReplace={(image) => {
            const picked = figureFromPicked(image);
            updateAttributes({
              ...picked,
              alt: picked.decorative ? "" : picked.alt || alt,
              caption: picked.caption || caption,
              credit: picked.credit || credit,
            });
          }}
          onRemove={deleteNode}
        />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- editor preview of any image source
        <img src={src} alt={decorative ? "" : alt} className="max-h-80 w-full object-contain" />
      )}
      <div className="mt-2 grid gap-2 sm:grid-cols-3" contentEditable={false}>
        <div className="text-xs font-semibold">
          <label htmlFor={`${id}-alt`}>Alt text</label>
          <input
            id={`${id}-alt`}
            className={field}
            value={alt}
            disabled={!!decorative || readOnly}
            aria-describedby={missing ? `${id}-missing` : undefined}
            onChange={(e) => updateAttributes({ alt: e.target.value })}
          />
          <label className="mt-2 flex items-center gap-2 font-normal">
            <input
              type="checkbox"
              className="h-6 w-6"
              checked={!!decorative}
              disabled={readOnly}
              onChange={(e) =>
                updateAttributes(e.target.checked ? { decorative: true, alt: "" } : { decorative: null })
              }
            />
            Decorative (no alt text)
          </label>
          {missing ? (
            <p id={`${id}-missing`} className="mt-1 font-semibold text-accent">
              Needs alt text, or the decorative mark, before publishing.
            </p>
          ) : null}
        </div>
        <label className="text-xs font-semibold">
          Caption
          <input
            className={field}
            value={caption}
            disabled={readOnly}
            onChange={(e) => updateAttributes({ caption: e.target.value })}
          />
        </label>
        <label className="text-xs font-semibold">
          Credit
          <input
            className={field}
            value={credit}
            disabled={readOnly}
            onChange={(e) => updateAttributes({ credit: e.target.value })}
          />
        </label>
      </div>
    </NodeViewWrapper>
  );
}

export function EmbedView({ node, selected }: ReactNodeViewProps) {
  const { provider, url } = node.attrs as { provider: string; url: string };
  return (
    <NodeViewWrapper
      className={`my-4 rounded border p-3 text-sm ${selected ? "border-accent" : "border-rule"}`}
      data-drag-handle=""
    >
      <p className="font-semibold">{provider === "youtube" ? "YouTube video" : "Post on X"}</p>
      <p className="break-all text-muted">{url}</p>
    </NodeViewWrapper>
  );
}
