import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { absoluteUrl, newsSitemapPath, sitemapIndexPath } from "@/lib/seo/urls";

// Crawlers may read every reader page; the desk and the API are not for them. Rendered on each
// request: the sitemaps it names are on the origin the server runs under, not the build's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/"] },
    sitemap: [absoluteUrl(env.SITE_URL, sitemapIndexPath), absoluteUrl(env.SITE_URL, newsSitemapPath)],
  };
}
