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
      return { ok: false, message: "Please correct the fields marked below.", fieldErrors: z.flattenError(parsed.error).fieldErrors as ActionState["fieldErrors"], values };
    }
    if (!can(user.role, options.permission)) return { ...refused(), values };
    const result = await handler(parsed.data, user);
    return result.ok ? result : { values, ...result };
  };
}
