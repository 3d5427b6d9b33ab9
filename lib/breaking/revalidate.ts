import "server-only";
import { cacheTags } from "@/lib/content/cache-tags";
import { expireTags } from "@/lib/content/expire-tags";

/** The banner is on every reader page and the story may hold the front page's top slot. */
export function revalidateBreaking() {
  expireTags([cacheTags.breaking, cacheTags.home]);
}
