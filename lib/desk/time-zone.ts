import "server-only";
import { db } from "@/lib/db";

/** The publication's time zone: the desk's one clock (budget days, schedules, embargoes, lists). */
export async function deskTimeZone(): Promise<string> {
  const settings = await db.setting.findUnique({ where: { id: "site" }, select: { timeZone: true } });
  return settings?.timeZone ?? "UTC";
}
