import "server-only";
import type { z } from "zod";
import { readLimitedBody } from "@/lib/media/read-body";

/**
 * defineRoute's documented equivalent for the data-changing routes no session stands behind, as
 * definePublicAction is for forms: the view beacon (any reader, sent without cookies) and the
 * scheduler (the server calling itself). Their authority is `admit`, read off the request itself
 * (the scheduler's key; a page of the site, not a bot). The body is streamed within its limit and
 * parsed with zod as JSON. A request not admitted, too large, unreadable or invalid gets the one
 * `refusal` whatever the reason, so that these routes tell a caller nothing about their checks.
 */
export function definePublicRoute<S extends z.ZodType = z.ZodUndefined>(definition: {
  admit: (request: Request) => boolean;
  body?: { limit: number; schema: S };
  refusal: () => Response;
  run: (input: z.infer<S>, request: Request) => Promise<Response>;
}): (request: Request) => Promise<Response> {
  return async (request) => {
    if (!definition.admit(request)) return definition.refusal();
    if (!definition.body) return definition.run(undefined as z.infer<S>, request);
    const { limit, schema } = definition.body;
    let parsed: z.ZodSafeParseResult<z.infer<S>>;
    try {
      parsed = schema.safeParse(JSON.parse((await readLimitedBody(request, limit)).toString("utf8")));
    } catch {
      // Over the limit, cut short or not JSON: refused like any other bad request.
      return definition.refusal();
    }
    return parsed.success ? definition.run(parsed.data, request) : definition.refusal();
  };
}
