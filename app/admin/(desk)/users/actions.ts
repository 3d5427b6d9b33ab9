"use server";

import { z } from "zod";
import { deskAction, type ActionState } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { changeRole, createAccount, setActive } from "@/lib/users/accounts";
import { UserError } from "@/lib/errors";
import { issuePasswordToken } from "@/lib/users/password-tokens";
import { emailField, nameField, roleField } from "@/lib/users/schemas";
import { revalidatePath } from "next/cache";

const userId = z.string().min(1).max(64);

function asState(e: unknown): ActionState {
  if (e instanceof UserError)
    return { ok: false, message: e.message, fieldErrors: e.field ? { [e.field]: [e.message] } : undefined };
  throw e;
}

const linkFor = (token: string) => `${env.SITE_URL}/admin/reset/${token}`;

export const inviteUser = deskAction(
  { schema: z.object({ name: nameField, email: emailField, role: roleField }), permission: "users:manage" },
  async (input, actor) => {
    try {
      const user = await createAccount(db, input, actor.id);
      const token = await issuePasswordToken(db, user.id, actor.id);
      revalidatePath("/admin/users");
      return {
        ok: true,
        message: `${user.name} can now set a password with the link below. It works once, for 72 hours.`,
        data: { link: linkFor(token) },
      };
    } catch (e) {
      return asState(e);
    }
  },
);

export const updateRole = deskAction(
  { schema: z.object({ userId, role: roleField }), permission: "users:manage" },
  async ({ userId: id, role }, actor) => {
    try {
      await changeRole(db, id, role, actor.id);
      revalidatePath("/admin/users");
      return { ok: true, message: "Role changed. The user’s open sessions have ended." };
    } catch (e) {
      return asState(e);
    }
  },
);

export const updateActive = deskAction(
  { schema: z.object({ userId, active: z.enum(["true", "false"]) }), permission: "users:manage" },
  async ({ userId: id, active }, actor) => {
    try {
      await setActive(db, id, active === "true", actor.id);
      revalidatePath("/admin/users");
      return {
        ok: true,
        message: active === "true" ? "Account reactivated." : "Account deactivated. Its open sessions have ended.",
      };
    } catch (e) {
      return asState(e);
    }
  },
);

export const createPasswordLink = deskAction(
  { schema: z.object({ userId }), permission: "users:manage" },
  async ({ userId: id }, actor) => {
    const user = await db.user.findUnique({ where: { id }, select: { id: true, name: true, active: true } });
    if (!user || !user.active) return { ok: false, message: "Only an active user can get a password link." };
    const token = await issuePasswordToken(db, user.id, actor.id);
    return {
      ok: true,
      message: `Hand this one-time link to ${user.name}. It works once, for 72 hours; any earlier link stops working.`,
      data: { link: linkFor(token) },
    };
  },
);
