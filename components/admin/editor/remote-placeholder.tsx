"use client";

import type { Editor } from "@tiptap/react";
import { useState, useSyncExternalStore } from "react";
import { MediaPicker } from "@/components/admin/media-picker";
import type { PickedImage } from "@/lib/media/types";
import { remoteImportsOf } from "./remote-imports";

const hostOf = (src: string) => {
  try {
    return new URL(src).hostname;
  } catch {
    return src;
  }
};

/**
 * A picture still at another site's address (./remote-imports.ts), marked in place of the picture
 * itself: the desk does not load it either. It says whether the import is running or why it
 * failed, and offers to try again, to put a library image in its place or to remove it;
 * publishing waits until it is gone.
 */
export function RemotePlaceholder({
  editor,
  src,
  onReplace,
  onRemove,
}: {
  editor: Editor;
  src: string;
  onReplace: (image: PickedImage) => void;
  onRemove: () => void;
}) {
  const imports = remoteImportsOf(editor);
  const [picking, setPicking] = useState(false);
  const job = useSyncExternalStore(
    imports.subscribe,
    () => imports.get(src),
    () => undefined,
  );
  const importing = job?.state === "importing";
  const button = "rounded border border-rule px-2 py-1 text-xs font-semibold disabled:opacity-60";
  return (
    <div className="rounded border-2 border-dashed border-accent p-4 text-sm" contentEditable={false}>
      <p className="font-semibold">Image from {hostOf(src)}: not in the media library</p>
      <p className="break-all text-xs text-muted">{src}</p>
      <p className="mt-1" role="status">
        {importing
          ? "Importing into the media library…"
          : job?.state === "failed"
            ? `Not imported: ${job.error}`
            : "Import it, replace it with a library image or remove it: the story can’t be published with it."}
      </p>
      {editor.isEditable ? (
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className={button} disabled={importing} onClick={() => void imports.import(src)}>
            {job?.state === "failed" ? "Try the import again" : "Import into the library"}
          </button>
          <button type="button" className={button} onClick={() => setPicking(true)}>
            Replace with a library image
          </button>
          <button type="button" className={button} onClick={onRemove}>
            Remove this image
          </button>
        </div>
      ) : null}
      <MediaPicker
        open={picking}
        title="Replace the pasted image"
        onClose={() => setPicking(false)}
        onSelect={onReplace}
      />
    </div>
  );
}
