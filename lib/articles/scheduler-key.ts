import { createHmac, timingSafeEqual } from "node:crypto";

// The scheduler calls its own server over loopback; this key (derived from the auth secret)
// keeps anyone else from driving the endpoint.
export const schedulerKey = (secret: string) =>
  createHmac("sha256", `scheduler:${secret}`).update("publish-scheduled").digest("base64url");

export function isSchedulerKey(given: string | null, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(schedulerKey(secret));
  return a.length === b.length && timingSafeEqual(a, b);
}
