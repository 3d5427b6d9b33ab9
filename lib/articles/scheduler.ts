import { authSecret } from "@/lib/auth/secret";
import { schedulerKey } from "./scheduler-key";

export const SCHEDULER_INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS) || 15_000;

/**
 * Every interval, asks this instance to publish what is due. Safe with several instances: each
 * article is claimed atomically in the database, so it is published exactly once.
 */
export function startScheduler() {
  const port = process.env.PORT || "3000";
  const url = `http://127.0.0.1:${port}/api/internal/publish-scheduled`;
  const key = schedulerKey(authSecret());
  const tick = async () => {
    try {
      await fetch(url, { method: "POST", headers: { "x-scheduler-key": key } });
    } catch {
      // The server may not be listening yet on the first tick; the next one retries.
    }
  };
  setTimeout(tick, 2_000);
  setInterval(tick, SCHEDULER_INTERVAL_MS).unref();
}
