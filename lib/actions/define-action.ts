import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { echoValues } from "./echo-values";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { expectedFailure } from "./expected";
import { fail, FORBIDDEN, type Failure, type FormState, type Result } from "./result";

/**
 * Every desk mutation, in one order: authenticate, parse (zod), load the record, apply the named
 * access rule the page uses to show the control, run (lib writes and audits in one transaction),
 * revalidate, and answer with one Result. The same definition serves a form (`useActionState`
 * calls it with the previous state and FormData) and a typed call from a client component.
 */
type Success<O> = Extract<O, { ok: true }>;
/** The wrapper's own refusals, typed with the detail run's refusals may carry (all of it absent). */
type Refusal<O> = [Extract<O, { ok: false }>] extends [never]
  ? Failure
  : Failure<Omit<Extract<O, { ok: false }>, keyof Failure>>;

export interface ActionDefinition<S extends z.ZodType, R, O extends Result, P> {
  schema: S;
  /** The record the rule is about; null when it does not exist. */
  load?: (input: z.infer<S>, user: SessionUser) => Promise<R | null>;
  /** A named rule from lib/ (lib/auth/permissions, lib/articles/access, ...). */
  authorize: (user: SessionUser, record: R, input: z.infer<S>) => boolean;
  /** What a refused caller reads (the rule's own wording where the lib has one). */
  forbidden?: string | ((record: R) => string);
  notFound?: string;
  run: (input: z.infer<S>, context: { user: SessionUser; record: R }) => Promise<O>;
  /** Caches to refresh after a change: only called when run succeeded. */
  revalidate?: (value: Success<O>, context: { input: z.infer<S>; user: SessionUser; record: R }) => unknown;
  /** Where a form leads after success (a new draft, the restored story). */
  redirect?: (value: Success<O>, input: z.infer<S>) => string;
  /** What the caller gets when run's value holds more than the client needs. */
  reply?: (value: Success<O>) => P;
}

/**
 * Typed call first, form last: useActionState infers its state from the last signature, whose
 * answer is widened to FormState so the form can start from `idle`.
 */
export type DeskAction<I, Out> = {
  (input: I): Promise<Out>;
  (previous: FormState<Out>, formData: FormData): Promise<FormState<Out>>;
};

const SIGNED_OUT_FORM = "Your session has ended. Sign in again to continue.";
const SIGNED_OUT_CALL = "Your session has ended. Sign in again in another tab; your changes are kept on this device.";

/** The form's fields as zod reads them (React adds its own `$ACTION_*` fields). */
export const formFields = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([key]) => !key.startsWith("$ACTION")));

/** A form lists every field's problem; a typed call reads the first one as a sentence. */
export function invalid(error: z.ZodError, form: boolean): Failure {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  if (form) return fail("invalid", "Please correct the fields marked below.", { fieldErrors });
  const issue = error.issues[0];
  return fail("invalid", `${issue?.path.join(".") || "input"}: ${issue?.message}`, { fieldErrors });
}

export function defineAction<S extends z.ZodType, O extends Result, R = undefined, P = Success<O>>(
  definition: ActionDefinition<S, R, O, P>,
): DeskAction<z.input<S>, Exclude<O, { ok: true }> | P | Refusal<O>> {
  type Out = Exclude<O, { ok: true }> | P | Refusal<O>;
  const action = async (...args: unknown[]): Promise<Out> => {
    const form = args[1] instanceof FormData ? args[1] : null;
    const values = form ? echoValues(form) : undefined;
    const refuse = (failure: Failure): Out => (values ? { values, ...failure } : failure) as Out;

    const user = await getCurrentUser();
    if (!user) return refuse(fail("unauthenticated", form ? SIGNED_OUT_FORM : SIGNED_OUT_CALL));
    const parsed = definition.schema.safeParse(form ? formFields(form) : args[0]);
    if (!parsed.success) return refuse(invalid(parsed.error, !!form));
    const input = parsed.data;
    const record = (definition.load ? await definition.load(input, user) : undefined) as R | null;
    if (definition.load && record == null) return refuse(fail("not-found", definition.notFound ?? FORBIDDEN));
    if (!definition.authorize(user, record as R, input)) {
      const { forbidden } = definition;
      const message = typeof forbidden === "function" ? forbidden(record as R) : (forbidden ?? FORBIDDEN);
      return refuse(fail("forbidden", message));
    }

    let result: O | Failure;
    try {
      result = await definition.run(input, { user, record: record as R });
    } catch (e) {
      result = expectedFailure(e);
    }
    if (!result.ok) return refuse(result);
    const value = result as Success<O>;
    await definition.revalidate?.(value, { input, user, record: record as R });
    if (definition.redirect) redirect(definition.redirect(value, input));
    return definition.reply ? definition.reply(value) : (value as unknown as P);
  };
  return action as DeskAction<z.input<S>, Out>;
}
