import "server-only";
import { revalidateTag } from "next/cache";
import { cacheTags } from "@/lib/content/cache-tags";

/** The banner is on every reader page and the story may hold the front page's top slot. */
export function revalidateBreaking() {
  for (const tag of [cacheTags.breaking, cacheTags.home]) revalidateTag(tag, { expire: 0 });
}
