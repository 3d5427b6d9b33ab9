import "server-only";
import { db } from "@/lib/db";

/** The publication's time zone: budget days and times are the desk's local ones. */
export async function deskTimeZone(): Promise<string> {
  const settings = await db.setting.findUnique({ where: { id: "site" }, select: { timeZone: true } });
  return settings?.timeZone ?? "UTC";
}
