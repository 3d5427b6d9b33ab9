import { NextResponse } from "next/server";
import { definePublicRoute } from "@/lib/actions/define-public-route";
import { loadEditable } from "@/lib/articles/editable";
import { publishDue } from "@/lib/articles/lifecycle";
import { thinRevisions } from "@/lib/articles/revision-thinning";
import { isSchedulerKey } from "@/lib/articles/scheduler-key";
import { authSecret } from "@/lib/auth/secret";
import { findExpiredBreaking } from "@/lib/breaking/read";
import { revalidateBreaking } from "@/lib/breaking/revalidate";
import { findReleasedEmbargoes } from "@/lib/content/embargo-release";
import { markSwept, nextSweepWindow } from "@/lib/content/sweep-window";
import { revalidateArticle } from "@/lib/content/revalidate-article";
import { db } from "@/lib/db";

// Publishes scheduled articles whose time has come, refreshes pages when a breaking alert
// expires or an embargo lifts, and thins old revisions. Called by the server's own scheduler
// (instrumentation.ts); a route handler, because cache revalidation needs a request context.
// The history is thinned once an hour per instance (lib/articles/revision-thinning.ts).
let lastThinned = 0;

/**
 * Public, not defineRoute: nobody signs in to run it. The scheduler proves itself with a key
 * derived from the auth secret; anyone else, signed in or not, is told there is nothing here.
 */
export const POST = definePublicRoute({
  admit: (request) => isSchedulerKey(request.headers.get("x-scheduler-key"), authSecret()),
  refusal: () => new NextResponse(null, { status: 404 }),
  run: async () => {
    const published = await publishDue(db);
    for (const article of published) await revalidateArticle({ ...article, status: "SCHEDULED" }, article);
    const { from, to } = nextSweepWindow();
    if ((await findExpiredBreaking(db, from, to)).length) revalidateBreaking();
    for (const id of await findReleasedEmbargoes(db, from, to)) {
      const article = await loadEditable(db, id);
      if (article) await revalidateArticle(article, article);
    }
    markSwept(to);
    if (Date.now() - lastThinned > 3_600_000) {
      lastThinned = Date.now();
      await thinRevisions(db);
    }
    return NextResponse.json({ published: published.map((a) => a.id) }, { headers: { "cache-control": "no-store" } });
  },
});
