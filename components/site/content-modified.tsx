import type { ArticleCard } from "@/lib/content/types";
import { newestChange } from "@/lib/seo/dates";

/**
 * The time the stories a page lists last changed, as Dublin Core metadata. The server also
 * answers with it as Last-Modified (lib/http/validators.ts), so If-Modified-Since works.
 */
export function ContentModified({ stories }: { stories: readonly ArticleCard[] }) {
  const at = newestChange(stories);
  return at ? <meta name="dcterms.modified" content={at} /> : null;
}
