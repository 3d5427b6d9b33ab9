import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { isFromOwnPages } from "@/lib/auth/same-origin";
import { db } from "@/lib/db";
import { readLimitedBody } from "@/lib/media/read-body";
import { isAutomated } from "@/lib/most-read/bots";
import { countView } from "@/lib/most-read/count";
import { createViewGate } from "@/lib/most-read/view-gate";

const body = z.object({ id: z.string().min(1).max(64) });

// One per server instance: what it remembers of readers is in this process's memory only.
const gate = createViewGate();

// Answers carry nothing and set nothing: no cookie, no body, and the same reply whether or not the
// view was counted, so the endpoint tells a caller nothing about its filtering.
const done = () => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });

/** A reader opened an article: the page sends its id with navigator.sendBeacon. */
export async function POST(request: Request) {
  const userAgent = request.headers.get("user-agent");
  if (!isFromOwnPages(request) || isAutomated(userAgent)) return done();
  let parsed;
  try {
    // Read at most a few hundred bytes: an oversized body is dropped, never buffered whole.
    parsed = body.safeParse(JSON.parse((await readLimitedBody(request, 200)).toString("utf8")));
  } catch {
    return done();
  }
  if (!parsed.success) return done();
  const { id } = parsed.data;
  const reader = { address: clientIp(request.headers), userAgent: userAgent ?? "" };
  if (gate.firstView(reader, id)) await countView(db, id, new Date(), () => gate.underCap(id));
  return done();
}
