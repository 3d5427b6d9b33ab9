import "server-only";
import { z } from "zod";
import { echoValues, type ActionState } from "./action-state";
import { can, type Action } from "./permissions";
import { getCurrentUser, type SessionUser } from "./session";

export type { ActionState };

export const refused = (message = "You don’t have permission to do that."): ActionState => ({ ok: false, message });

/**
 * Wraps a desk mutation in the order every one follows: authenticate, validate with zod,
 * authorise, then run. The handler writes, revalidates and returns the state the form shows.
 */
export function deskAction<S extends z.ZodType>(
  options: { schema: S; permission: Action },
  handler: (input: z.infer<S>, user: SessionUser) => Promise<ActionState>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const values = echoValues(formData);
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: "Your session has ended. Sign in again to continue.", values };
    const input = Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$ACTION")));
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        message: "Please correct the fields marked below.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as ActionState["fieldErrors"],
        values,
      };
    }
    if (!can(user.role, options.permission)) return { ...refused(), values };
    const result = await handler(parsed.data, user);
    return result.ok ? result : { values, ...result };
  };
}

/**
 * The same order for actions called with a typed argument instead of a form (the editor's
 * autosave): authenticate, validate, authorise, run.
 */
export function deskCall<S extends z.ZodType, R>(
  options: { schema: S; permission: Action },
  handler: (input: z.infer<S>, user: SessionUser) => Promise<R>,
) {
  return async (
    raw: unknown,
  ): Promise<R | { ok: false; kind: "unauthenticated" | "forbidden" | "invalid"; message: string }> => {
    const user = await getCurrentUser();
    if (!user)
      return {
        ok: false,
        kind: "unauthenticated",
        message: "Your session has ended. Sign in again in another tab; your changes are kept on this device.",
      };
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, kind: "invalid", message: `${issue?.path.join(".") || "input"}: ${issue?.message}` };
    }
    if (!can(user.role, options.permission))
      return { ok: false, kind: "forbidden", message: "You don’t have permission to do that." };
    return handler(parsed.data, user);
  };
}
