import type { PickedImage } from "./types";

// The body image node (lib/editor/document.ts) made from a library image, as the editor inserts
// it after a pick, a paste or a drop. Pure: safe in the browser.

export interface FigureAttrs {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
  mediaId?: string;
  decorative?: boolean;
}

export function figureFromPicked(image: PickedImage): FigureAttrs {
  return {
    src: image.src,
    // A decorative image's alt is empty on purpose; anything typed before the mark is dropped.
    alt: image.decorative ? "" : image.alt.trim(),
    caption: image.caption.trim(),
    credit: image.credit.trim(),
    width: image.width,
    height: image.height,
    mediaId: image.mediaId,
    ...(image.decorative ? { decorative: true } : {}),
  };
}
