"use server";

import { z } from "zod";
import { definePublicAction } from "@/lib/actions/define-public-action";
import { done } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { redeemPasswordToken } from "@/lib/users/password-tokens";
import { newPasswordSchema } from "@/lib/users/schemas";

// The token is the authority here: it works once, for one account, until it expires.
export const setPasswordWithToken = definePublicAction({
  schema: newPasswordSchema.and(z.object({ token: z.string().min(10).max(200) })),
  run: async ({ token, password }) => {
    await redeemPasswordToken(db, token, password);
    return done();
  },
  redirect: () => "/admin/login?notice=password",
});
