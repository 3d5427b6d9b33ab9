import { z } from "zod";
import { definePublicRoute } from "@/lib/actions/define-public-route";
import { clientIp } from "@/lib/auth/client-ip";
import { isFromOwnPages } from "@/lib/auth/same-origin";
import { db } from "@/lib/db";
import { isAutomated } from "@/lib/most-read/bots";
import { countView } from "@/lib/most-read/count";
import { createViewGate } from "@/lib/most-read/view-gate";

// One per server instance: what it remembers of readers is in this process's memory only.
const gate = createViewGate();

// Answers carry nothing and set nothing: no cookie, no body, and the same reply whether or not the
// view was counted, so the endpoint tells a caller nothing about its filtering.
const answer = () => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });

/**
 * A reader opened an article: the page sends its id with navigator.sendBeacon. Public, not
 * defineRoute: any reader counts, signed in or not, and the beacon is sent without cookies; what
 * admits it is coming from the site's own pages and not from a bot, and the gate then counts one
 * view per reader and caps what one address can add.
 */
export const POST = definePublicRoute({
  admit: (request) => isFromOwnPages(request) && !isAutomated(request.headers.get("user-agent")),
  // A few hundred bytes at most: an oversized body is dropped, never buffered whole.
  body: { limit: 200, schema: z.object({ id: z.string().min(1).max(64) }) },
  refusal: answer,
  run: async ({ id }, request) => {
    const reader = { address: clientIp(request.headers), userAgent: request.headers.get("user-agent") ?? "" };
    if (gate.firstView(reader, id)) await countView(db, id, new Date(), () => gate.underCap(id));
    return answer();
  },
});
