import { MediaError } from "@/lib/media/errors";
import { UserError } from "@/lib/errors";
import { fail, type Failure } from "./result";

/**
 * The one place an expected refusal thrown by lib/ (duplicate email, last administrator, an image
 * that cannot be used) becomes the Result the UI shows; anything else is a bug and keeps throwing.
 */
export function expectedFailure(e: unknown): Failure {
  if (e instanceof UserError)
    return fail("refused", e.message, { fieldErrors: e.field ? { [e.field]: [e.message] } : undefined });
  if (e instanceof MediaError) return fail("refused", e.message);
  throw e;
}
