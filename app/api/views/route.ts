import { z } from "zod";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { db } from "@/lib/db";
import { readLimitedBody } from "@/lib/media/read-body";
import { isAutomated } from "@/lib/most-read/bots";
import { countView } from "@/lib/most-read/count";

const body = z.object({ id: z.string().min(1).max(64) });

// Answers carry nothing and set nothing: no cookie, no body, and the same reply whether or not the
// view was counted, so the endpoint tells a caller nothing about its filtering.
const done = () => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });

/** A reader opened an article: the page sends its id with navigator.sendBeacon. */
export async function POST(request: Request) {
  if (!isSameOrigin(request) || isAutomated(request.headers.get("user-agent"))) return done();
  let parsed;
  try {
    // Read at most a few hundred bytes: an oversized body is dropped, never buffered whole.
    parsed = body.safeParse(JSON.parse((await readLimitedBody(request, 200)).toString("utf8")));
  } catch {
    return done();
  }
  if (parsed.success) await countView(db, parsed.data.id);
  return done();
}
