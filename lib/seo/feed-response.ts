import "server-only";
import { renderRssFeed, type FeedChannel } from "./feed-xml";
import { getFeedItems, getSeoSite } from "./queries";
import type { FeedScope } from "./read/feeds";
import { xmlResponse } from "./xml";

/** An RSS response for a scope; the channel's title is suffixed with the publication's name. */
export async function feedResponse(scope: FeedScope, channel: Omit<FeedChannel, "language">): Promise<Response> {
  const [site, items] = await Promise.all([getSeoSite(), getFeedItems(scope)]);
  const title = scope.kind === "site" ? site.name : `${channel.title} | ${site.name}`;
  return xmlResponse(
    renderRssFeed(site.origin, { ...channel, title, language: site.locale }, items),
    "application/rss+xml",
  );
}
