"use client";

import type { Editor } from "@tiptap/react";
import type { Slice } from "@tiptap/pm/model";
import { importImage } from "@/lib/media/import-client";
import { isRemoteImageSrc } from "@/lib/media/remote-images";
import type { PickedImage } from "@/lib/media/types";

// Pictures pasted or dropped from another site: the editor keeps each as a placeholder (a body
// image whose src is still the other site's address, lib/media/remote-images.ts) and asks the
// server to import it into the media library. On success every placeholder with that address
// becomes the library image (the alt text, caption and credit typed meanwhile are kept); on
// failure the placeholder stays, with the reason, until someone tries again, replaces or removes it.

export type ImportState = { state: "importing" } | { state: "failed"; error: string };

export class RemoteImports {
  private states = new Map<string, ImportState>();
  private listeners = new Set<() => void>();

  constructor(private editor: Editor) {}

  get = (src: string): ImportState | undefined => this.states.get(src);

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private set(src: string, state: ImportState | null) {
    if (state) this.states.set(src, state);
    else this.states.delete(src);
    this.listeners.forEach((l) => l());
  }

  async import(src: string) {
    if (this.states.get(src)?.state === "importing") return;
    this.set(src, { state: "importing" });
    const result = await importImage(src);
    if (this.editor.isDestroyed) return;
    if (result.ok) {
      replaceSrc(this.editor, src, result.image);
      this.set(src, null);
    } else this.set(src, { state: "failed", error: result.error });
  }
}

const stores = new WeakMap<Editor, RemoteImports>();
export function remoteImportsOf(editor: Editor): RemoteImports {
  let store = stores.get(editor);
  if (!store) stores.set(editor, (store = new RemoteImports(editor)));
  return store;
}

/** The other sites' addresses of the pictures in a pasted or dropped slice. */
export function remoteSrcsIn(slice: Slice): string[] {
  const srcs = new Set<string>();
  slice.content.descendants((node) => {
    const src = node.type.name === "image" ? String(node.attrs.src ?? "") : "";
    if (isRemoteImageSrc(src)) srcs.add(src);
  });
  return [...srcs];
}

/** Every placeholder with this address becomes the library image, as one change. */
function replaceSrc(editor: Editor, src: string, image: PickedImage) {
  const { tr, doc } = editor.state;
  doc.descendants((node, pos) => {
    if (node.type.name !== "image" || node.attrs.src !== src) return;
    const attrs = node.attrs as Record<string, unknown>;
    tr.setNodeMarkup(pos, undefined, {
      ...attrs,
      src: image.src,
      width: image.width,
      height: image.height,
      mediaId: image.mediaId,
      alt: attrs.alt || image.alt,
      caption: attrs.caption || image.caption,
      credit: attrs.credit || image.credit,
    });
  });
  if (tr.docChanged) editor.view.dispatch(tr);
}
