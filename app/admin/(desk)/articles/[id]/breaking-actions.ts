"use server";

import { z } from "zod";
import { deskCall } from "@/lib/auth/action";
import { revalidateBreaking } from "@/lib/breaking/revalidate";
import { setBreaking } from "@/lib/breaking/set";
import { db } from "@/lib/db";

const schema = z.object({
  id: z.string().min(1).max(64),
  breaking: z.boolean(),
  until: z.iso.datetime().nullable(),
});

/** One desk action for breaking news: mark (with an expiry, or until cleared) or clear. */
export const breakingAction = deskCall(
  { schema, permission: "article:publish-any" },
  async ({ id, breaking, until }, user) => {
    const result = await setBreaking(db, user, id, { breaking, until: until ? new Date(until) : null });
    if (result.ok) revalidateBreaking();
    return result;
  },
);
