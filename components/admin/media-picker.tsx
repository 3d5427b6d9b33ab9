"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { MediaImage } from "@/components/ui/media-image";
import { toPicked, type MediaItem, type PickedImage } from "@/lib/media/types";
import { MediaUploadZone } from "./media-upload-zone";

// Contract for the editor (featured image, body images) and other desk forms:
//
//   <MediaPicker open={open} onClose={() => setOpen(false)} onSelect={(image) => …} />
//
// A modal dialog to search the library, or upload new images into it (drag and drop, paste,
// or choose; with progress and refusals shown), then choose one. `onSelect` receives a
// PickedImage { mediaId, src, width, height, alt, caption, credit, decorative }, with the alt
// text, caption and credit as edited in the dialog for this use (prefilled from the library);
// the dialog then closes and calls `onClose` (as Cancel and Escape do). `describe={false}` hides those fields (e.g. for
// an avatar). The library API it uses is GET/POST /api/media (app/api/media/route.ts).

type Listing = { items: MediaItem[]; page: number; totalPages: number; total: number };

export function MediaPicker({
  open,
  onClose,
  onSelect,
  title = "Choose an image",
  describe = true,
}: {
  open: boolean;
  onClose: () => void;
  onSelect: (image: PickedImage) => void;
  title?: string;
  describe?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [query, setQuery] = useState("");
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const [words, setWords] = useState({ alt: "", caption: "", credit: "", decorative: false });

  const load = useCallback(async (q: string, page = 1) => {
    setError(null);
    try {
      const response = await fetch(`/api/media?${new URLSearchParams({ q, page: String(page) })}`, {
        cache: "no-store",
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error ?? `The library could not be loaded (${response.status}).`);
      setListing(body as Listing);
      return body as Listing;
    } catch (e) {
      setError(e instanceof Error ? e.message : "The library could not be loaded.");
      return null;
    }
  }, []);

  const choose = (item: MediaItem) => {
    setSelected(item);
    setWords({ alt: item.alt, caption: item.caption, credit: item.credit, decorative: item.decorative });
  };

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      void load("");
    } else if (!open && d.open) d.close();
  }, [open, load]);

  const onUploaded = async (results: { ok: boolean; image?: PickedImage }[]) => {
    setQuery("");
    const fresh = await load("");
    const stored = results.flatMap((r) => (r.ok && r.image ? [r.image.mediaId] : []));
    const first = fresh?.items.find((m) => m.id === stored[0]);
    if (stored.length === 1 && first) choose(first);
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(64rem,95vw)] rounded border border-rule bg-paper p-0 text-ink backdrop:bg-ink/50"
    >
      <div className="flex max-h-[90vh] flex-col">
        <div className="flex items-center justify-between border-b border-rule px-6 py-4">
          <h2 id={titleId} className="text-xl font-bold">
            {title}
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded border border-rule px-3 py-1 text-sm font-semibold hover:border-ink"
          >
            Cancel
          </button>
        </div>
        <div className="grid flex-1 gap-6 overflow-y-auto p-6 md:grid-cols-[minmax(0,1fr)_18rem]">
          <div>
            <MediaUploadZone onUploaded={onUploaded} />
            <form
              role="search"
              className="mt-6 flex gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                void load(query);
              }}
            >
              <label htmlFor={`${titleId}-q`} className="sr-only">
                Search the library
              </label>
              <input
                id={`${titleId}-q`}
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder="Name, alt text or credit"
                className="flex-1 rounded border border-rule bg-paper px-3 py-2 text-sm"
              />
              <button
                type="submit"
                className="rounded border border-rule px-4 py-2 text-sm font-semibold hover:border-ink"
              >
                Search
              </button>
            </form>
            {error ? (
              <p role="alert" className="mt-4 text-sm font-semibold text-accent">
                {error}
              </p>
            ) : null}
            {listing && !listing.items.length ? <p className="mt-4 text-sm text-muted">No images found.</p> : null}
            <ul aria-label="Library images" className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
              {listing?.items.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    aria-pressed={selected?.id === m.id}
                    onClick={() => choose(m)}
                    className="block w-full rounded border-2 border-transparent text-left aria-pressed:border-accent"
                  >
                    <MediaImage
                      image={{ ...m, alt: "" }}
                      sizes="10rem"
                      minWidth={256}
                      className="aspect-square w-full object-cover"
                    />
                    <span className="block truncate px-1 text-xs">{m.originalName}</span>
                  </button>
                </li>
              ))}
            </ul>
            {listing && listing.page < listing.totalPages ? (
              <button
                type="button"
                onClick={() => void load(query, listing.page + 1)}
                className="mt-4 text-sm font-semibold text-accent underline"
              >
                Next page
              </button>
            ) : null}
          </div>
          <div aria-live="polite">
            {selected ? (
              <form
                aria-label="Selected image"
                onSubmit={(e) => {
                  e.preventDefault();
                  onSelect({
                    ...toPicked(selected),
                    ...(describe ? { ...words, alt: words.decorative ? "" : words.alt.trim() } : {}),
                  });
                  dialog.current?.close();
                }}
                className="space-y-3"
              >
                <MediaImage
                  image={selected}
                  sizes="18rem"
                  minWidth={256}
                  className="w-full rounded border border-rule"
                />
                <p className="break-all text-sm font-semibold">{selected.originalName}</p>
                {describe ? <Words words={words} setWords={setWords} idPrefix={titleId} /> : null}
                <button
                  type="submit"
                  className="w-full rounded bg-ink px-4 py-2 text-sm font-semibold text-paper hover:bg-accent"
                >
                  Use this image
                </button>
              </form>
            ) : (
              <p className="text-sm text-muted">Choose an image to see it here.</p>
            )}
          </div>
        </div>
      </div>
    </dialog>
  );
}

type Words = { alt: string; caption: string; credit: string; decorative: boolean };

function Words({ words, setWords, idPrefix }: { words: Words; setWords: (w: Words) => void; idPrefix: string }) {
  const input = "block w-full rounded border border-rule bg-paper px-2 py-1 text-sm";
  return (
    <>
      <label className="block text-sm font-semibold" htmlFor={`${idPrefix}-alt`}>
        Alt text
      </label>
      <textarea
        id={`${idPrefix}-alt`}
        rows={3}
        maxLength={500}
        value={words.alt}
        disabled={words.decorative}
        onChange={(e) => setWords({ ...words, alt: e.target.value })}
        className={input}
      />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={words.decorative}
          onChange={(e) => setWords({ ...words, decorative: e.target.checked })}
        />
        Decorative (no alt text)
      </label>
      <label className="block text-sm font-semibold" htmlFor={`${idPrefix}-caption`}>
        Caption
      </label>
      <textarea
        id={`${idPrefix}-caption`}
        rows={2}
        maxLength={1000}
        value={words.caption}
        onChange={(e) => setWords({ ...words, caption: e.target.value })}
        className={input}
      />
      <label className="block text-sm font-semibold" htmlFor={`${idPrefix}-credit`}>
        Credit
      </label>
      <input
        id={`${idPrefix}-credit`}
        maxLength={200}
        value={words.credit}
        onChange={(e) => setWords({ ...words, credit: e.target.value })}
        className={input}
      />
    </>
  );
}
