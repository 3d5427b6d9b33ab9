"use client";

import { useState } from "react";
import { MediaPicker } from "@/components/admin/media-picker";
import type { PickedImage } from "@/lib/media/types";

const box = "block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm";

/** A library image for a story setting (featured, social): a quick list, or the full library dialog to search and upload. */
export function LibraryChoice({
  id,
  what,
  value,
  none,
  media,
  onChange,
  onPicked,
}: {
  id: string;
  /** What the image is for, e.g. "featured image". */
  what: string;
  value: string | null;
  none: string;
  media: { id: string; label: string }[];
  onChange: (id: string | null) => void;
  onPicked: (image: PickedImage, label: string) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <select id={id} value={value ?? ""} className={box} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{none}</option>
        {media.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => setOpen(true)} className="text-sm font-semibold text-accent underline">
        Search or upload a {what}
      </button>
      <MediaPicker
        open={open}
        describe={false}
        title="Choose from the library"
        onClose={() => setOpen(false)}
        onSelect={(image) => {
          onPicked(image, image.alt ? `${image.alt.slice(0, 60)} (${image.name})` : image.name);
          onChange(image.mediaId);
        }}
      />
    </>
  );
}
