import { getSeoSite } from "@/lib/seo/queries";
import { SiteCard } from "@/lib/seo/social-card";
import { renderCard } from "@/lib/seo/social-image";
import { SOCIAL_IMAGE_SIZE } from "@/lib/seo/urls";

// The social card for the front page and any reader page without one of its own.
export async function GET() {
  const site = await getSeoSite();
  return renderCard(<SiteCard siteName={site.name} description={site.description} />, SOCIAL_IMAGE_SIZE);
}
