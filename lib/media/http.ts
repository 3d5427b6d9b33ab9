import "server-only";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { can, type Action } from "@/lib/auth/permissions";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { MediaError } from "./errors";
import { MAX_UPLOAD_BYTES } from "./limits";
import { readLimitedBody } from "./read-body";

// The upload routes' common steps: check the session, the permission and the origin, then read
// the body within the size limit. Answers are JSON: the result, or { error } to show as it is.

export const jsonError = (error: string, status: number) =>
  Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

export async function uploadRequest(
  request: Request,
  permission: Action,
): Promise<{ user: SessionUser; data: Buffer } | Response> {
  const user = await getCurrentUser();
  if (!user) return jsonError("Your session has ended. Sign in again to upload.", 401);
  if (!can(user.role, permission)) return jsonError("You don’t have permission to upload images.", 403);
  if (!isSameOrigin(request)) return jsonError("Uploads are only accepted from the desk itself.", 403);
  try {
    return { user, data: await readLimitedBody(request, MAX_UPLOAD_BYTES) };
  } catch (e) {
    if (e instanceof MediaError) return jsonError(e.message, e.status);
    throw e;
  }
}

/** Runs the pipeline step, turning a refused file into its message. */
export async function answerUpload(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof MediaError) return jsonError(e.message, e.status);
    throw e;
  }
}
