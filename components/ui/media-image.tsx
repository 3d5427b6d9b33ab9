import { blurBackground } from "@/lib/media/placeholder";
import { hashFromSrc, srcset, srcsetWidths, variantSrc } from "@/lib/media/urls";

// A responsive image from the media library, rendered on the server without client JavaScript:
// AVIF for browsers that take it, WebP otherwise, each at several widths (srcset + sizes), with
// width and height set so the page does not shift while it loads, over a blurred preview.
// Images from elsewhere (an https URL in a body) fall back to a plain lazy <img>.

export interface ImageSource {
  src: string;
  /** The original's pixel size: the widths on offer and the aspect ratio come from it. */
  width: number;
  height: number;
  alt: string;
  blurDataUrl?: string | null;
}

export function MediaImage({
  image,
  sizes,
  className,
  priority = false,
  minWidth = 320,
  display,
}: {
  image: ImageSource;
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string;
  className?: string;
  /** The page's main image: fetched first, never lazily. */
  priority?: boolean;
  /** The narrowest copy offered (64 for avatars). */
  minWidth?: number;
  /** Width and height attributes when drawn at a fixed size (avatars); the original's by default. */
  display?: { width: number; height: number };
}) {
  const hash = hashFromSrc(image.src);
  const attrs = {
    width: display?.width ?? image.width,
    height: display?.height ?? image.height,
    className,
    decoding: "async" as const,
    loading: priority ? ("eager" as const) : ("lazy" as const),
    fetchPriority: priority ? ("high" as const) : undefined,
    style: image.blurDataUrl ? blurBackground(image.blurDataUrl, image.width, image.height) : undefined,
  };
  if (!hash) {
    // eslint-disable-next-line @next/next/no-img-element -- an image from outside the library, served as it is
    return <img src={image.src} alt={image.alt} {...attrs} />;
  }
  const widths = srcsetWidths(image.width, minWidth);
  const fallback = widths.find((w) => w >= 960) ?? widths[widths.length - 1]!;
  return (
    // `contents`: the <img> lays out as if the <picture> were not there (flex order, grid areas).
    <picture className="contents">
      <source type="image/avif" srcSet={srcset(hash, widths, "avif")} sizes={sizes} />
      <img
        src={variantSrc(hash, fallback, "webp")}
        srcSet={srcset(hash, widths, "webp")}
        sizes={sizes}
        alt={image.alt}
        {...attrs}
      />
    </picture>
  );
}
