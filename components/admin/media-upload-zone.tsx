"use client";

import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import { ACCEPTED_LABEL, ACCEPTED_MIME_TYPES, MAX_UPLOAD_LABEL } from "@/lib/media/limits";
import { uploadFiles, type UploadProgress, type UploadResult } from "@/lib/media/upload-client";
import { isActive, UploadList } from "./media-upload-list";

/**
 * Drop images here, paste them (when `pasteTarget` is "document"), or choose them; several at
 * once, each with its progress and, when refused, the reason.
 */
export function MediaUploadZone({
  onUploaded,
  pasteTarget = "zone",
}: {
  onUploaded?: (results: UploadResult[]) => void;
  pasteTarget?: "zone" | "document";
}) {
  const [rows, setRows] = useState<UploadProgress[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const zone = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const busy = rows.some(isActive);

  const start = async (files: File[]) => {
    if (!files.length) return;
    setRows(files.map((f, index) => ({ index, name: f.name, loaded: 0, total: f.size, state: "waiting" })));
    const results = await uploadFiles(files, (p) => setRows((prev) => prev.map((r) => (r.index === p.index ? p : r))));
    onUploaded?.(results);
  };

  // Latest `start` for the paste listener without re-subscribing on every render.
  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  });
  useEffect(() => {
    const target = pasteTarget === "document" ? document : zone.current;
    const onPaste = (e: Event) => {
      const files = Array.from((e as ClipboardEvent).clipboardData?.files ?? []);
      if (!files.length) return;
      e.preventDefault();
      void startRef.current(files);
    };
    target?.addEventListener("paste", onPaste);
    return () => target?.removeEventListener("paste", onPaste);
  }, [pasteTarget]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void start(Array.from(e.dataTransfer.files));
  };

  return (
    <div>
      <div
        ref={zone}
        role="group"
        aria-label="Upload images"
        aria-describedby={hintId}
        tabIndex={-1}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`rounded border-2 border-dashed p-6 text-center ${dragging ? "border-accent bg-accent-soft" : "border-rule"}`}
      >
        <p className="font-semibold">Drag images here{pasteTarget === "document" ? ", paste them," : ""} or</p>
        <button
          type="button"
          onClick={() => input.current?.click()}
          disabled={busy}
          className="mt-2 rounded bg-ink px-4 py-2 text-sm font-semibold text-paper hover:bg-accent disabled:opacity-60"
        >
          Choose images
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED_MIME_TYPES.join(",")}
          aria-label="Images to upload"
          className="sr-only"
          tabIndex={-1}
          onChange={(e) => {
            void start(Array.from(e.currentTarget.files ?? []));
            e.currentTarget.value = "";
          }}
        />
        <p id={hintId} className="mt-2 text-xs text-muted">
          {ACCEPTED_LABEL}, up to {MAX_UPLOAD_LABEL} each. Location and camera data are removed.
        </p>
      </div>
      <UploadList rows={rows} />
    </div>
  );
}
