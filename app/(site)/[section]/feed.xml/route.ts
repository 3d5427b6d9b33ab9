import { getSection } from "@/lib/content/queries";
import { sectionPath } from "@/lib/content/paths";
import { feedResponse } from "@/lib/seo/feed-response";
import { sectionFeedPath } from "@/lib/seo/urls";

// /{section}/feed.xml: a static segment, so it wins over /{section}/{slug} (and no slug has a dot).
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const section = await getSection((await params).section);
  if (!section) return new Response("Not found", { status: 404 });
  return feedResponse(
    { kind: "section", id: section.id, slug: section.slug },
    {
      title: section.name,
      description: section.description || `The latest ${section.name} stories.`,
      path: sectionPath(section.slug),
      feedPath: sectionFeedPath(section.slug),
    },
  );
}
