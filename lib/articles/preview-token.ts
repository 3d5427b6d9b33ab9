import { createHmac, timingSafeEqual } from "node:crypto";

// Preview links are signed and expire: whoever holds one sees that draft until then, nothing more.
export const PREVIEW_TTL_MS = 24 * 3_600_000;

const sign = (payload: string, secret: string) => createHmac("sha256", `preview:${secret}`).update(payload).digest("base64url");

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
