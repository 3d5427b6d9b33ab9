"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { echoValues, type ActionState } from "@/lib/auth/action-state";
import { db } from "@/lib/db";
import { createFirstAdmin } from "@/lib/users/accounts";
import { UserError } from "@/lib/errors";
import { setupSchema } from "@/lib/users/schemas";

export async function setupAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = echoValues(formData);
  const parsed = setupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return {
      ok: false,
      message: "Please correct the fields marked below.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values,
    };
  try {
    // Refuses once any desk account exists, so this page cannot mint a second administrator.
    await createFirstAdmin(db, parsed.data);
  } catch (e) {
    if (e instanceof UserError)
      return { ok: false, message: e.message, fieldErrors: e.field ? { [e.field]: [e.message] } : undefined, values };
    throw e;
  }
  redirect("/admin/login?notice=setup");
}
