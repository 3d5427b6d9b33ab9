"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useRef, useState } from "react";
import { figureFromPicked } from "@/lib/media/figure";
import { uploadFiles, type UploadProgress } from "@/lib/media/upload-client";
import { isActive } from "../media-upload-list";

export type UploadRow = UploadProgress & { key: string };

/**
 * Images pasted or dropped into the body: uploaded into the library (the same route and checks as
 * the library page), then inserted where they were dropped, or at the cursor for a paste. The
 * drop position follows any typing that happens while the files upload.
 */
export function useImageUploads(editor: Editor | null) {
  const [rows, setRows] = useState<UploadRow[]>([]);
  const batches = useRef(0);

  const upload = useCallback(
    async (files: File[], at: number | null) => {
      if (!editor || !files.length) return;
      const batch = `b${++batches.current}`;
      const key = (index: number) => `${batch}-${index}`;
      setRows((prev) => [
        ...prev.filter(isActive),
        ...files.map((f, index) => ({
          key: key(index),
          index,
          name: f.name,
          loaded: 0,
          total: f.size,
          state: "waiting" as const,
        })),
      ]);
      let pos = at;
      const follow = ({ transaction }: { transaction: { mapping: { map: (p: number) => number } } }) => {
        if (pos !== null) pos = transaction.mapping.map(pos);
      };
      editor.on("transaction", follow);
      const results = await uploadFiles(files, (p) =>
        setRows((prev) => prev.map((r) => (r.key === key(p.index) ? { ...p, key: r.key } : r))),
      );
      editor.off("transaction", follow);
      const figures = results.flatMap((r) => (r.ok ? [{ type: "image", attrs: figureFromPicked(r.image) }] : []));
      if (!figures.length || editor.isDestroyed) return;
      if (pos === null) editor.chain().focus().insertContent(figures).run();
      else editor.chain().focus().insertContentAt(Math.min(pos, editor.state.doc.content.size), figures).run();
    },
    [editor],
  );

  const dismiss = useCallback(() => setRows((prev) => prev.filter(isActive)), []);
  return { rows, upload, dismiss };
}
