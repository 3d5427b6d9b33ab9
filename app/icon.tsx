import { getSeoSite } from "@/lib/seo/queries";
import { Logo } from "@/lib/seo/social-card";
import { renderCard } from "@/lib/seo/social-image";

// The favicon: the publication's logo at a size browsers scale down cleanly. Without one every
// first visit logs a 404 for /favicon.ico.
export const size = { width: 64, height: 64 };
export const contentType = "image/png";

export default async function Icon() {
  const site = await getSeoSite();
  return renderCard(<Logo siteName={site.name} size={size.width} />, size);
}
