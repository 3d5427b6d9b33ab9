// Shared by server actions and the client forms that show their results.

/** The one result shape every desk form shows. */
export interface ActionState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** Data for the form to show once (e.g. a one-time link). */
  data?: Record<string, string>;
  /** What was submitted, so a refused form can show it again instead of losing it. */
  values?: Record<string, string>;
}

const SECRET_FIELD = /password|confirm|current|token/i;

/** The submitted text fields, minus secrets (a browser never gets a password echoed back). */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !SECRET_FIELD.test(key)) values[key] = value;
  }
  return values;
}

export const initialActionState: ActionState = { ok: false };
