import { getAuthor } from "@/lib/content/queries";
import { authorPath } from "@/lib/content/paths";
import { feedResponse } from "@/lib/seo/feed-response";
import { authorFeedPath } from "@/lib/seo/urls";

// /author/{slug}/feed.xml
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const author = await getAuthor((await params).slug);
  if (!author) return new Response("Not found", { status: 404 });
  return feedResponse(
    { kind: "author", id: author.id, slug: author.slug },
    {
      title: author.name,
      description: author.bio || `Stories by ${author.name}.`,
      path: authorPath(author.slug),
      feedPath: authorFeedPath(author.slug),
    },
  );
}
