import { feedResponse } from "@/lib/seo/feed-response";
import { getSeoSite } from "@/lib/seo/queries";
import { siteFeedPath } from "@/lib/seo/urls";

// The site's RSS feed: the newest stories from every section.
export const dynamic = "force-dynamic";

export async function GET() {
  const site = await getSeoSite();
  return feedResponse(
    { kind: "site" },
    { title: site.name, description: site.description, path: "/", feedPath: siteFeedPath },
  );
}
