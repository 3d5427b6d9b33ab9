import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { echoValues } from "./echo-values";
import { formFields, invalid } from "./define-action";
import { expectedFailure } from "./expected";
import type { Done, Failure, FormState, Result } from "./result";

/**
 * defineAction for the few forms that run before anyone can sign in (first setup, a password
 * link): no session to check, so the authority is in the lib function itself (setup refuses once
 * an account exists; a password link works once). Same parse, same Result, same error mapping.
 */
export function definePublicAction<S extends z.ZodType, T extends object>(definition: {
  schema: S;
  run: (input: z.infer<S>) => Promise<Result<T>>;
  redirect: (value: Done<T>) => string;
}) {
  return async (_previous: FormState<Failure>, form: FormData): Promise<FormState<Failure>> => {
    const values = echoValues(form);
    const parsed = definition.schema.safeParse(formFields(form));
    if (!parsed.success) return { ...invalid(parsed.error, true), values };
    let result: Result<T>;
    try {
      result = await definition.run(parsed.data);
    } catch (e) {
      result = expectedFailure(e);
    }
    if (!result.ok) return { ...result, values };
    redirect(definition.redirect(result));
  };
}
