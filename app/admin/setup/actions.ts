"use server";

import { definePublicAction } from "@/lib/actions/define-public-action";
import { done } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { createFirstAdmin } from "@/lib/users/accounts";
import { setupSchema } from "@/lib/users/schemas";

export const setupAction = definePublicAction({
  schema: setupSchema,
  run: async (input) => {
    // Refuses once any desk account exists, so this page cannot mint a second administrator.
    await createFirstAdmin(db, input);
    return done();
  },
  redirect: () => "/admin/login?notice=setup",
});
