"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { echoValues, type ActionState } from "@/lib/auth/action-state";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { redeemPasswordToken } from "@/lib/users/password-tokens";
import { newPasswordSchema } from "@/lib/users/schemas";

const schema = newPasswordSchema.and(z.object({ token: z.string().min(10).max(200) }));

export async function setPasswordWithToken(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = echoValues(formData);
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return {
      ok: false,
      message: "Please correct the fields marked below.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values,
    };
  try {
    await redeemPasswordToken(db, parsed.data.token, parsed.data.password);
  } catch (e) {
    if (e instanceof UserError)
      return { ok: false, message: e.message, fieldErrors: e.field ? { [e.field]: [e.message] } : undefined, values };
    throw e;
  }
  redirect("/admin/login?notice=password");
}
