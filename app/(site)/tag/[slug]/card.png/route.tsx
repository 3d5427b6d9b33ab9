import { getTag } from "@/lib/content/queries";
import { getSeoSite } from "@/lib/seo/queries";
import { HeadlineCard } from "@/lib/seo/social-card";
import { renderCard } from "@/lib/seo/social-image";
import { SOCIAL_IMAGE_SIZE } from "@/lib/seo/urls";

// The social card of a tag page. Drawn on first request, then served from Next's cache.
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [tag, site] = await Promise.all([getTag(slug), getSeoSite()]);
  if (!tag) return new Response("Not found", { status: 404 });
  return renderCard(
    <HeadlineCard kicker="Topic" headline={tag.name} siteName={site.name} size={SOCIAL_IMAGE_SIZE} />,
    SOCIAL_IMAGE_SIZE,
  );
}
