import { getSeoSite } from "@/lib/seo/queries";
import { Logo } from "@/lib/seo/social-card";
import { renderCard } from "@/lib/seo/social-image";

// The publisher logo in structured data when the settings do not name one: square, 512 px.
export async function GET() {
  const site = await getSeoSite();
  return renderCard(<Logo siteName={site.name} size={512} />, { width: 512, height: 512 });
}
