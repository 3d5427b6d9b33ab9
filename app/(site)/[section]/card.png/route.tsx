import { getSection } from "@/lib/content/queries";
import { getSeoSite } from "@/lib/seo/queries";
import { HeadlineCard } from "@/lib/seo/social-card";
import { renderCard } from "@/lib/seo/social-image";
import { SOCIAL_IMAGE_SIZE } from "@/lib/seo/urls";

// The social card of a section page. Drawn on first request, then served from Next's cache.
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section: slug } = await params;
  const [section, site] = await Promise.all([getSection(slug), getSeoSite()]);
  if (!section) return new Response("Not found", { status: 404 });
  return renderCard(
    <HeadlineCard kicker="Section" headline={section.name} siteName={site.name} size={SOCIAL_IMAGE_SIZE} />,
    SOCIAL_IMAGE_SIZE,
  );
}
