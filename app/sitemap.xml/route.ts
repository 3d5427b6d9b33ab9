import { env } from "@/lib/env";
import { getArticleSitemapChunks } from "@/lib/seo/queries";
import { renderSitemapIndex } from "@/lib/seo/sitemap-xml";
import { articleSitemapPath, taxonomySitemapPath } from "@/lib/seo/urls";
import { xmlResponse } from "@/lib/seo/xml";

// The sitemap index: article sitemaps of at most 50,000 URLs each, then sections, tags, authors.
// Read from the tagged data cache on each request (never prerendered with build-time data).
export const dynamic = "force-dynamic";

export async function GET() {
  const chunks = await getArticleSitemapChunks();
  return xmlResponse(
    renderSitemapIndex(env.SITE_URL, [
      ...chunks.map((c) => ({ path: articleSitemapPath(c.n), lastmod: c.lastmod })),
      { path: taxonomySitemapPath("sections") },
      { path: taxonomySitemapPath("tags") },
      { path: taxonomySitemapPath("authors") },
    ]),
  );
}
