import { NextResponse } from "next/server";
import { getLiveFeed } from "@/lib/live/queries";
import { updatesAfter } from "@/lib/live/read";

type Context = { params: Promise<{ id: string }> };

/**
 * The updates a live page polls for: served from the cache (expired by the desk on every change),
 * and briefly cacheable by a CDN so a crowd of readers costs the server one read.
 */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const feed = id.length <= 64 ? await getLiveFeed(id) : null;
  if (!feed) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const after = new URL(request.url).searchParams.get("after");
  return NextResponse.json(
    { live: feed.live, updates: updatesAfter(feed.updates, after) },
    { headers: { "Cache-Control": "public, max-age=0, s-maxage=5, stale-while-revalidate=30" } },
  );
}
