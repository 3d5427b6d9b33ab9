"use client";

import { useRouter } from "next/navigation";
import { MediaUploadZone } from "./media-upload-zone";

/** The library page's upload area: new images appear in the grid as soon as they are stored. */
export function MediaLibraryUploader() {
  const router = useRouter();
  return (
    <MediaUploadZone pasteTarget="document" onUploaded={(results) => results.some((r) => r.ok) && router.refresh()} />
  );
}
