import "server-only";
import type { z } from "zod";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { MediaError } from "@/lib/media/errors";
import { readLimitedBody } from "@/lib/media/read-body";
import { invalid } from "./define-action";
import { expectedFailure } from "./expected";
import { fail, FORBIDDEN, type Failure, type FailureKind, type Result } from "./result";

/**
 * defineAction for the desk's route handlers, the calls a server action cannot carry (an upload's
 * bytes are streamed, an action's body is capped at 1 MB and buffered whole) or that a fetch
 * reads (the library listing). The same order: authenticate, parse (zod, the query string), load
 * the record, apply the named rule from lib/, then read the body within its limit, run, revalidate;
 * the same Result, answered as JSON: the success as `reply` shapes it, a refusal as { error } with
 * the status of its kind.
 */
type Success<O> = Extract<O, { ok: true }>;

export interface RouteDefinition<S extends z.ZodType, R, O extends Result> {
  /** The query string's fields: a route's inputs are small (a file name, a page). */
  query: S;
  /** The body, streamed and refused (413) past `limit` bytes: read only once the caller is allowed. */
  body?: { limit: number };
  /** The record the rule is about; null when it does not exist. */
  load?: (input: z.infer<S>, user: SessionUser) => Promise<R | null>;
  /** A named rule from lib/ (lib/auth/permissions, ...), the one the page uses to show the control. */
  authorize: (user: SessionUser, record: R, input: z.infer<S>) => boolean;
  /** What a refused caller reads, where the route says more than the defaults. */
  unauthenticated?: string;
  forbidden?: string;
  notFound?: string;
  /** lib writes and audits in one transaction; a refused file (MediaError) keeps its own status. */
  run: (input: z.infer<S>, context: { user: SessionUser; record: R; body: Buffer }) => Promise<O>;
  /** Caches to refresh after a change: only called when run succeeded. */
  revalidate?: (value: Success<O>, context: { input: z.infer<S>; user: SessionUser; record: R }) => unknown;
  /** The success's JSON, and its status when it is not 200. */
  reply: (value: Success<O>) => { status?: number; json: unknown };
}

const ROUTE_STATUS: Record<FailureKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  refused: 422,
};

/** A refusal with the status HTTP gives it: a refused file's own (413 too large, 415 not an image, ...). */
type RouteFailure = Failure<{ httpStatus: number }>;

const SIGNED_OUT = "Your session has ended. Sign in again.";
const CROSS_ORIGIN = "Changes are only accepted from the desk’s own pages.";
/** Methods that change nothing, so a request from another site may make them with the cookie. */
const SAFE_METHODS = new Set(["GET", "HEAD"]);
const NO_STORE = { "Cache-Control": "no-store" };

function routeFailure(e: unknown): RouteFailure {
  if (e instanceof MediaError) return fail("invalid", e.message, { httpStatus: e.status });
  return expectedFailure(e);
}

const refusal = (failure: RouteFailure) =>
  Response.json(
    { error: failure.message },
    { status: failure.httpStatus ?? ROUTE_STATUS[failure.kind], headers: NO_STORE },
  );

/** The query string as zod reads it: the first value of each name, as URLSearchParams.get gives it. */
function queryOf(request: Request): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) if (!(key in fields)) fields[key] = value;
  return fields;
}

export function defineRoute<S extends z.ZodType, O extends Result, R = undefined>(
  definition: RouteDefinition<S, R, O>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const user = await getCurrentUser();
    if (!user) return refusal(fail("unauthenticated", definition.unauthenticated ?? SIGNED_OUT));
    // The cookie goes with any request to the site: a change counts only when the desk's pages sent it.
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) return refusal(fail("forbidden", CROSS_ORIGIN));
    const parsed = definition.query.safeParse(queryOf(request));
    if (!parsed.success) return refusal(invalid(parsed.error, false));
    const input = parsed.data;
    const record = (definition.load ? await definition.load(input, user) : undefined) as R;
    if (definition.load && record == null) return refusal(fail("not-found", definition.notFound ?? "Not found."));
    if (!definition.authorize(user, record, input))
      return refusal(fail("forbidden", definition.forbidden ?? FORBIDDEN));

    let result: O | RouteFailure;
    try {
      const body = definition.body ? await readLimitedBody(request, definition.body.limit) : Buffer.alloc(0);
      result = await definition.run(input, { user, record, body });
    } catch (e) {
      result = routeFailure(e);
    }
    if (!result.ok) return refusal(result as RouteFailure);
    const value = result as Success<O>;
    await definition.revalidate?.(value, { input, user, record });
    const { status = 200, json } = definition.reply(value);
    return Response.json(json, { status, headers: NO_STORE });
  };
}
