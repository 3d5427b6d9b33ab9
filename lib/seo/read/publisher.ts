import type { PrismaClient } from "@/lib/db/client";
import { DEFAULT_SETTINGS } from "@/lib/content/read/taxonomy";
import type { Publisher } from "../types";

const isUrl = (value: string) => /^https?:\/\/[^\s]+$/i.test(value);

/** "@meridian", "meridian" or "https://x.com/meridian" -> "meridian". */
function xHandleOf(value: string | null): string | null {
  if (!value) return null;
  const handle = value
    .trim()
    .replace(/^https?:\/\/(www\.)?(x|twitter)\.com\//i, "")
    .replace(/^@/, "")
    .split(/[/?#]/)[0]!;
  return /^\w{1,15}$/.test(handle) ? handle : null;
}

/** The publication's identity for structured data, feeds and social cards. */
export async function findPublisher(db: PrismaClient): Promise<Publisher> {
  // Settings are a single row; findFirst keeps this read independent of how that row is keyed.
  const row = await db.setting.findFirst({
    select: {
      siteName: true,
      description: true,
      locale: true,
      logoUrl: true,
      socialX: true,
      socialFacebook: true,
      socialLinkedIn: true,
    },
  });
  if (!row)
    return {
      name: DEFAULT_SETTINGS.siteName,
      description: DEFAULT_SETTINGS.description,
      locale: DEFAULT_SETTINGS.locale,
      logoUrl: null,
      sameAs: [],
      xHandle: null,
    };
  const xHandle = xHandleOf(row.socialX);
  const sameAs = [xHandle ? `https://x.com/${xHandle}` : null, row.socialFacebook, row.socialLinkedIn].filter(
    (v): v is string => !!v && isUrl(v),
  );
  return {
    name: row.siteName,
    description: row.description,
    locale: row.locale,
    logoUrl: row.logoUrl || null,
    sameAs,
    xHandle,
  };
}
