import { MediaImage } from "@/components/ui/media-image";
import type { ImageInfo } from "@/lib/content/types";

/** An author's portrait in a circle, named after them (the stored alt text may predate a new name). */
export function AuthorAvatar({ image, name, size }: { image: ImageInfo; name: string; size: number }) {
  return (
    <MediaImage
      image={{ ...image, alt: name }}
      sizes={`${size}px`}
      minWidth={64}
      display={{ width: size, height: size }}
      className="shrink-0 rounded-full object-cover"
    />
  );
}
