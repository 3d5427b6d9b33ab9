"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";

/** A body image with its alt text, caption and credit edited in place. */
export function FigureView({ node, updateAttributes, selected }: ReactNodeViewProps) {
  const { src, alt, caption, credit } = node.attrs as { src: string; alt: string; caption: string; credit: string };
  const field = "block w-full rounded border border-rule bg-paper px-2 py-1 text-sm";
  return (
    <NodeViewWrapper as="figure" className={`my-4 rounded border p-2 ${selected ? "border-accent" : "border-rule"}`} data-drag-handle="">
      {/* eslint-disable-next-line @next/next/no-img-element -- editor preview of any image source */}
      <img src={src} alt={alt} className="max-h-80 w-full object-contain" />
      <div className="mt-2 grid gap-2 sm:grid-cols-3" contentEditable={false}>
        <label className="text-xs font-semibold">
          Alt text
          <input className={field} value={alt} onChange={(e) => updateAttributes({ alt: e.target.value })} />
        </label>
        <label className="text-xs font-semibold">
          Caption
          <input className={field} value={caption} onChange={(e) => updateAttributes({ caption: e.target.value })} />
        </label>
        <label className="text-xs font-semibold">
          Credit
          <input className={field} value={credit} onChange={(e) => updateAttributes({ credit: e.target.value })} />
        </label>
      </div>
    </NodeViewWrapper>
  );
}

export function EmbedView({ node, selected }: ReactNodeViewProps) {
  const { provider, url } = node.attrs as { provider: string; url: string };
  return (
    <NodeViewWrapper className={`my-4 rounded border p-3 text-sm ${selected ? "border-accent" : "border-rule"}`} data-drag-handle="">
      <p className="font-semibold">{provider === "youtube" ? "YouTube video" : "Post on X"}</p>
      <p className="break-all text-muted">{url}</p>
    </NodeViewWrapper>
  );
}
