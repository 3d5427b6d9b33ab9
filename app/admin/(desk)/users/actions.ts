"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { done } from "@/lib/actions/result";
import { allowedTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { changeRole, createAccount, setActive } from "@/lib/users/accounts";
import { issuePasswordLink, issuePasswordToken } from "@/lib/users/password-tokens";
import { emailField, nameField, roleField } from "@/lib/users/schemas";

const userId = z.string().min(1).max(64);
const manageUsers = allowedTo("users:manage");
const linkFor = (token: string) => `${env.SITE_URL}/admin/reset/${token}`;
const refreshUsers = () => revalidatePath("/admin/users");

export const inviteUser = defineAction({
  schema: z.object({ name: nameField, email: emailField, role: roleField }),
  authorize: manageUsers,
  run: async (input, { user: actor }) => {
    const user = await createAccount(db, input, actor.id);
    const token = await issuePasswordToken(db, user.id, actor.id);
    return done(
      { data: { link: linkFor(token) } },
      `${user.name} can now set a password with the link below. It works once, for 72 hours.`,
    );
  },
  revalidate: refreshUsers,
});

export const updateRole = defineAction({
  schema: z.object({ userId, role: roleField }),
  authorize: manageUsers,
  run: async ({ userId: id, role }, { user: actor }) => {
    await changeRole(db, id, role, actor.id);
    return done({}, "Role changed. The user’s open sessions have ended.");
  },
  revalidate: refreshUsers,
});

export const updateActive = defineAction({
  schema: z.object({ userId, active: z.enum(["true", "false"]) }),
  authorize: manageUsers,
  run: async ({ userId: id, active }, { user: actor }) => {
    await setActive(db, id, active === "true", actor.id);
    return done({}, active === "true" ? "Account reactivated." : "Account deactivated. Its open sessions have ended.");
  },
  revalidate: refreshUsers,
});

export const createPasswordLink = defineAction({
  schema: z.object({ userId }),
  authorize: manageUsers,
  run: async ({ userId: id }, { user: actor }) => {
    const { name, token } = await issuePasswordLink(db, id, actor.id);
    return done(
      { data: { link: linkFor(token) } },
      `Hand this one-time link to ${name}. It works once, for 72 hours; any earlier link stops working.`,
    );
  },
});
