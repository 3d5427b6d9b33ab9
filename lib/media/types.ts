// The media library's own shapes; the desk sees these, never rows.

export interface MediaItem {
  id: string;
  /** Where readers fetch the original: `/media/<hash>.<ext>`. */
  src: string;
  storageKey: string;
  originalName: string;
  mimeType: string;
  /** Stored size in bytes (after re-encoding). */
  size: number;
  width: number;
  height: number;
  alt: string;
  decorative: boolean;
  caption: string;
  credit: string;
  blurDataUrl: string | null;
  /** ISO 8601. */
  createdAt: string;
  uploader: { id: string; name: string } | null;
}

/** What the media picker and `uploadFiles` hand to the editor for one image. */
export interface PickedImage {
  mediaId: string;
  /** The file name it was uploaded as, to show people. */
  name: string;
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  /** Marked decorative in the library: an empty alt is intended. */
  decorative: boolean;
}

export type UsageRole = "featured" | "social" | "body";

export interface MediaUsage {
  articles: { id: string; title: string; status: string; inTrash: boolean; roles: UsageRole[] }[];
  avatarOf: { id: string; name: string }[];
  /** Stories using it that the person asking may not see, so not named. */
  unnamed: number;
}

export const toPicked = (m: MediaItem): PickedImage => ({
  mediaId: m.id,
  name: m.originalName,
  src: m.src,
  width: m.width,
  height: m.height,
  alt: m.alt,
  caption: m.caption,
  credit: m.credit,
  decorative: m.decorative,
});

export const isUnused = (u: MediaUsage) => u.articles.length === 0 && u.avatarOf.length === 0 && u.unnamed === 0;
