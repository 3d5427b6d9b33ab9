import { getCorrections } from "@/lib/corrections/queries";
import { renderCorrectionsFeed } from "@/lib/seo/corrections-feed";
import { getSeoSite } from "@/lib/seo/queries";
import { xmlResponse } from "@/lib/seo/xml";

// The corrections log as RSS: the newest page of corrections.
export const dynamic = "force-dynamic";

export async function GET() {
  const [site, { items }] = await Promise.all([getSeoSite(), getCorrections(1)]);
  return xmlResponse(
    renderCorrectionsFeed(site.origin, { siteName: site.name, language: site.locale }, items),
    "application/rss+xml",
  );
}
