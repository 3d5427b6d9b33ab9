import { createHmac, timingSafeEqual } from "node:crypto";

// Preview links are signed and expire: whoever holds one sees that draft until then, nothing more.
export const PREVIEW_TTL_MS = 24 * 3_600_000;

const sign = (payload: string, secret: string) =>
  createHmac("sha256", `preview:${secret}`).update(payload).digest("base64url");

export function createPreviewToken(articleId: string, secret: string, now = Date.now()): string {
  const payload = `${articleId}.${(now + PREVIEW_TTL_MS).toString(36)}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** The article id a token grants, or null when it is forged, malformed or expired. */
export function verifyPreviewToken(token: string, secret: string, now = Date.now()): string | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [id, expiry, mac] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${id}.${expiry}`, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const expires = parseInt(expiry, 36);
  return Number.isFinite(expires) && expires > now ? id : null;
}

/** When a well-formed token was made (its expiry less the lifetime), or null. Verify it first. */
export function previewIssuedAt(token: string): Date | null {
  const expires = parseInt(token.split(".")[1] ?? "", 36);
  return Number.isFinite(expires) ? new Date(expires - PREVIEW_TTL_MS) : null;
}

/** A link made before an embargo lifted never shows the story: previews cannot leak it early. */
export function previewAllowedUnderEmbargo(embargoUntil: Date | string | null, issuedAt: Date | null): boolean {
  return !embargoUntil || (issuedAt !== null && issuedAt >= new Date(embargoUntil));
}
