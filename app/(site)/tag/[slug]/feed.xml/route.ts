import { getTag } from "@/lib/content/queries";
import { tagPath } from "@/lib/content/paths";
import { feedResponse } from "@/lib/seo/feed-response";
import { tagFeedPath } from "@/lib/seo/urls";

// /tag/{slug}/feed.xml
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const tag = await getTag((await params).slug);
  if (!tag) return new Response("Not found", { status: 404 });
  return feedResponse(
    { kind: "tag", id: tag.id, slug: tag.slug },
    {
      title: tag.name,
      description: `Stories about ${tag.name}.`,
      path: tagPath(tag.slug),
      feedPath: tagFeedPath(tag.slug),
    },
  );
}
