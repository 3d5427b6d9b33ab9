import "server-only";
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import sharp from "sharp";
import type { ImageInfo } from "@/lib/content/types";
import { mediaStorage } from "@/lib/media/storage";
import { parseMediaPath } from "@/lib/media/urls";
import { cardFonts } from "./card-fonts";
import { HeadlineCard } from "./social-card";

interface Size {
  width: number;
  height: number;
}

// Generated images change when a headline does, so they are cached for a day, not "immutable".
const IMAGE_CACHE = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800";

/** A layout from social-card.tsx rendered to PNG in the site's fonts. */
export async function renderCard(node: ReactElement, size: Size): Promise<Response> {
  return new ImageResponse(node, { ...size, fonts: await cardFonts(), headers: { "Cache-Control": IMAGE_CACHE } });
}

/** The original of a library image (`/media/<hash>.<ext>`), read from media storage; null for any other. */
async function original(src: string): Promise<Buffer | null> {
  const parsed = src.startsWith("/media/") ? parseMediaPath(src.slice("/media/".length)) : null;
  return parsed?.kind === "master" ? mediaStorage().get(parsed.key) : null;
}

/**
 * A picture cropped to `size` as JPEG, which every social network and search engine accepts
 * (the originals are WebP). Sharp's attention strategy keeps the busiest part of the frame.
 */
async function croppedPhoto(src: string, size: Size): Promise<Response | null> {
  const data = await original(src);
  if (!data) return null;
  const jpeg = await sharp(data)
    .resize(size.width, size.height, { fit: "cover", position: sharp.strategy.attention })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
  return new Response(new Uint8Array(jpeg), {
    headers: { "Content-Type": "image/jpeg", "Cache-Control": IMAGE_CACHE },
  });
}

type CardArticle = { title: string; section: { name: string } };

/** A picture cropped to `size`; or, when there is none (or its file is missing), the article's headline card. */
export async function articleImage(
  article: CardArticle,
  picture: ImageInfo | null,
  siteName: string,
  size: Size,
): Promise<Response> {
  const photo = picture ? await croppedPhoto(picture.src, size) : null;
  return (
    photo ??
    renderCard(
      <HeadlineCard kicker={article.section.name} headline={article.title} siteName={siteName} size={size} />,
      size,
    )
  );
}

/** Alt text for an article's image: the picture's own, or what the card says. */
export const articleImageAlt = (article: CardArticle, picture: ImageInfo | null, siteName: string) =>
  picture?.alt || `${article.title} (${article.section.name}, ${siteName})`;

/** The content type articleImage answers with. */
export const articleImageType = (picture: ImageInfo | null) => (picture ? "image/jpeg" : "image/png");
