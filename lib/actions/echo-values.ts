const SECRET_FIELD = /password|confirm|current|token/i;

/** The submitted text fields, minus secrets (a browser never gets a password echoed back). */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !SECRET_FIELD.test(key)) values[key] = value;
  }
  return values;
}
