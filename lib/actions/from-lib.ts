import { done, fail, type FailureKind, type Result } from "./result";

type LibSuccess = { ok: true };
type LibFailure = { ok: false; message?: string; kind?: FailureKind | string };

type Value<R> = Omit<Extract<R, LibSuccess>, "ok">;
type Extra<R> = Omit<Extract<R, { ok: false }>, "ok" | "kind" | "message">;

const KINDS: readonly string[] = ["invalid", "unauthenticated", "forbidden", "not-found", "conflict", "refused"];

/**
 * A lib function's `{ ok, ... }` answer as the action Result: a refusal without a kind of its own
 * is "refused", and keeps its extra detail (the current article on a conflict, missing alt text).
 */
export function fromLib<R extends LibSuccess | LibFailure>(
  result: R,
  fallback = "That didn’t work.",
): Result<Value<R> & object, Extra<R> & object> {
  // done() and fail() set `ok` (and `kind`, `message`) over the lib's own.
  if (result.ok) return done(result as unknown as Value<R> & object);
  const { kind, message, ...extra } = result as LibFailure & { fieldErrors?: unknown };
  const known = kind && KINDS.includes(kind) ? (kind as FailureKind) : extra.fieldErrors ? "invalid" : "refused";
  return fail(known, message ?? fallback, extra as unknown as Extra<R> & object);
}
