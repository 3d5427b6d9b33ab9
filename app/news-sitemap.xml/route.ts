import { env } from "@/lib/env";
import { newsLanguage } from "@/lib/seo/dates";
import { getNewsSitemap, getPublisher } from "@/lib/seo/queries";
import { renderNewsSitemap } from "@/lib/seo/sitemap-xml";
import { xmlResponse } from "@/lib/seo/xml";

// Google News: stories from the last 48 hours, at most 1,000.
export const dynamic = "force-dynamic";

export async function GET() {
  const [publisher, entries] = await Promise.all([getPublisher(), getNewsSitemap()]);
  return xmlResponse(
    renderNewsSitemap(env.SITE_URL, { name: publisher.name, language: newsLanguage(publisher.locale) }, entries),
  );
}
