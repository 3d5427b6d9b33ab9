"use server";

import { z } from "zod";
import { deskAction } from "@/lib/auth/action";
import { verifyPassword } from "@/lib/auth/password";
import { revalidateAuthor } from "@/lib/content/revalidate";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { removeAvatar, setAvatarFromLibrary } from "@/lib/media/avatar";
import { MediaError } from "@/lib/media/errors";
import { mediaStorage } from "@/lib/media/storage";
import { setPassword } from "@/lib/users/accounts";
import { UserError } from "@/lib/errors";
import { nameField, newPasswordSchema, passwordField } from "@/lib/users/schemas";

export const updateProfile = deskAction(
  {
    schema: z.object({ name: nameField, bio: z.string().trim().max(600, "Keep the bio under 600 characters.") }),
    permission: "profile:edit-own",
  },
  async ({ name, bio }, user) => {
    await db.user.update({ where: { id: user.id }, data: { name, bio } });
    await recordAudit(db, { action: "user.profile", entityType: "User", entityId: user.id, actorId: user.id });
    await revalidateAuthor(user.id, user.slug);
    return { ok: true, message: "Profile saved." };
  },
);

export const changeOwnPassword = deskAction(
  { schema: newPasswordSchema.and(z.object({ current: passwordField })), permission: "profile:edit-own" },
  async ({ current, password }, user) => {
    const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, current))) {
      return {
        ok: false,
        message: "Your current password is not right.",
        fieldErrors: { current: ["Your current password is not right."] },
      };
    }
    try {
      await setPassword(db, user.id, password, user.id);
    } catch (e) {
      if (e instanceof UserError)
        return { ok: false, message: e.message, fieldErrors: e.field ? { [e.field]: [e.message] } : undefined };
      throw e;
    }
    return {
      ok: true,
      message: "Password changed. Every session has ended, this one too: sign in again with the new password.",
    };
  },
);

// Uploading a new photo goes through POST /api/media/avatar (a file is too big for an action).
export const avatarFromLibrary = deskAction(
  { schema: z.object({ mediaId: z.string().min(1).max(64) }), permission: "profile:edit-own" },
  async ({ mediaId }, user) => {
    try {
      if (!(await setAvatarFromLibrary(db, mediaStorage(), user, mediaId)))
        return { ok: false, message: "That image is no longer in the library." };
    } catch (e) {
      if (e instanceof MediaError) return { ok: false, message: e.message };
      throw e;
    }
    await recordAudit(db, {
      action: "user.avatar",
      entityType: "User",
      entityId: user.id,
      actorId: user.id,
      meta: { from: mediaId },
    });
    await revalidateAuthor(user.id, user.slug);
    return { ok: true, message: "Profile photo updated." };
  },
);

export const removeOwnAvatar = deskAction(
  { schema: z.object({}), permission: "profile:edit-own" },
  async (_input, user) => {
    await removeAvatar(db, mediaStorage(), user.id);
    await recordAudit(db, { action: "user.avatar-removed", entityType: "User", entityId: user.id, actorId: user.id });
    await revalidateAuthor(user.id, user.slug);
    return { ok: true, message: "Profile photo removed." };
  },
);
