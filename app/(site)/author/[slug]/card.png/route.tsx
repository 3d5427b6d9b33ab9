import { getAuthor } from "@/lib/content/queries";
import { getSeoSite } from "@/lib/seo/queries";
import { HeadlineCard } from "@/lib/seo/social-card";
import { renderCard } from "@/lib/seo/social-image";
import { SOCIAL_IMAGE_SIZE } from "@/lib/seo/urls";

// The social card of an author page. Drawn on first request, then served from Next's cache.
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [author, site] = await Promise.all([getAuthor(slug), getSeoSite()]);
  if (!author) return new Response("Not found", { status: 404 });
  return renderCard(
    <HeadlineCard kicker="Author" headline={author.name} siteName={site.name} size={SOCIAL_IMAGE_SIZE} />,
    SOCIAL_IMAGE_SIZE,
  );
}
