import { isEmbargoed } from "@/lib/content/visibility";

export type EmbargoCheck = { ok: true; scheduleFor?: Date } | { ok: false; message: string };

const when = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16) + " UTC";

/**
 * Publish-time rules for an embargoed story: "publish" before the embargo schedules it for the
 * embargo time instead, and no schedule may fall before it. Nothing else is affected.
 */
export function embargoCheck(t: string, embargoUntil: Date | null, at: Date | undefined, now: Date): EmbargoCheck {
  if (!embargoUntil || !isEmbargoed(embargoUntil, now)) return { ok: true };
  if (t === "publish") return { ok: true, scheduleFor: embargoUntil };
  if (t === "schedule" && at && at < embargoUntil) {
    return {
      ok: false,
      message: `This story is embargoed until ${when(embargoUntil)}: schedule it for that time or later.`,
    };
  }
  return { ok: true };
}

/**
 * Why no preview link may be made now, or null. A link made under embargo could never open (see
 * previewAllowedUnderEmbargo), so the desk is told why instead of being handed a dead link.
 */
export function previewRefusal(embargoUntil: Date | null, now: Date = new Date()): string | null {
  if (!embargoUntil || !isEmbargoed(embargoUntil, now)) return null;
  return `This story is embargoed until ${when(embargoUntil)}. Preview links can be made once the embargo lifts, so none can get it out early.`;
}
