import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import sharp from "sharp";
import type { Article } from "@/lib/content/types";
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

const MEDIA_ROOT = path.join(process.cwd(), "public", "media");

/** The original file behind a /media/... URL, never anything outside public/media. */
function mediaFile(src: string): string | null {
  try {
    const file = path.normalize(path.join(process.cwd(), "public", decodeURI(src)));
    return file.startsWith(MEDIA_ROOT + path.sep) ? file : null;
  } catch {
    return null; // a malformed escape in the URL
  }
}

/**
 * A picture cropped to `size` as JPEG, which every social network and search engine accepts
 * (the originals are WebP). Sharp's attention strategy keeps the busiest part of the frame.
 */
async function croppedPhoto(src: string, size: Size): Promise<Response | null> {
  const file = mediaFile(src);
  if (!file) return null;
  const original = await readFile(file).catch(() => null);
  if (!original) return null;
  const jpeg = await sharp(original)
    .resize(size.width, size.height, { fit: "cover", position: sharp.strategy.attention })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
  return new Response(new Uint8Array(jpeg), { headers: { "Content-Type": "image/jpeg", "Cache-Control": IMAGE_CACHE } });
}

/** An article's picture, cropped; or, when it has none (or the file is missing), its headline card. */
export async function articleImage(article: Pick<Article, "title" | "section" | "image">, siteName: string, size: Size): Promise<Response> {
  const photo = article.image ? await croppedPhoto(article.image.src, size) : null;
  return photo ?? renderCard(<HeadlineCard kicker={article.section.name} headline={article.title} siteName={siteName} size={size} />, size);
}

/** Alt text for an article's social image: the picture's own, or what the card says. */
export const articleImageAlt = (article: Pick<Article, "title" | "section" | "image">, siteName: string) =>
  article.image?.alt || `${article.title} (${article.section.name}, ${siteName})`;

/** The content type articleImage will answer with. */
export const articleImageType = (article: Pick<Article, "image">) => (article.image ? "image/jpeg" : "image/png");
