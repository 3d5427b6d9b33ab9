"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { fromLib } from "@/lib/actions/from-lib";
import { allowedTo } from "@/lib/auth/permissions";
import { revalidateBreaking } from "@/lib/breaking/revalidate";
import { setBreaking } from "@/lib/breaking/set";
import { db } from "@/lib/db";

/** One desk action for breaking news: mark (with an expiry, or until cleared) or clear. */
export const breakingAction = defineAction({
  schema: z.object({
    id: z.string().min(1).max(64),
    breaking: z.boolean(),
    until: z.iso.datetime().nullable(),
  }),
  authorize: allowedTo("article:publish-any"),
  run: async ({ id, breaking, until }, { user }) =>
    fromLib(await setBreaking(db, user, id, { breaking, until: until ? new Date(until) : null })),
  revalidate: () => revalidateBreaking(),
});
