"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { done, fail } from "@/lib/actions/result";
import { endOwnDeskSession, findDeskSession, ownsSession } from "@/lib/auth/own-sessions";
import { allowedTo } from "@/lib/auth/permissions";
import { revalidateAuthor } from "@/lib/content/revalidate";
import { db } from "@/lib/db";
import { removeAvatar, setAvatarFromLibrary } from "@/lib/media/avatar";
import { mediaStorage } from "@/lib/media/storage";
import { changeOwnPassword as changePassword, updateOwnProfile } from "@/lib/users/profile";
import { nameField, newPasswordSchema, passwordField } from "@/lib/users/schemas";

const editOwnProfile = allowedTo("profile:edit-own");
// The byline and author page show the name, bio and photo.
const revalidate = (_value: unknown, { user }: { user: { id: string; slug: string } }) =>
  revalidateAuthor(user.id, user.slug);

export const updateProfile = defineAction({
  schema: z.object({ name: nameField, bio: z.string().trim().max(600, "Keep the bio under 600 characters.") }),
  authorize: editOwnProfile,
  run: async (input, { user }) => {
    await updateOwnProfile(db, user.id, input);
    return done({}, "Profile saved.");
  },
  revalidate,
});

export const changeOwnPassword = defineAction({
  schema: newPasswordSchema.and(z.object({ current: passwordField })),
  authorize: editOwnProfile,
  run: async ({ current, password }, { user }) => {
    await changePassword(db, user.id, current, password);
    return done({}, "Password changed. Every session has ended, this one too: sign in again with the new password.");
  },
});

// Uploading a new photo goes through POST /api/media/avatar (a file is too big for an action).
export const avatarFromLibrary = defineAction({
  schema: z.object({ mediaId: z.string().min(1).max(64) }),
  authorize: editOwnProfile,
  run: async ({ mediaId }, { user }) =>
    (await setAvatarFromLibrary(db, mediaStorage(), user, mediaId))
      ? done({}, "Profile photo updated.")
      : fail("not-found", "That image is no longer in the library."),
  revalidate,
});

export const removeOwnAvatar = defineAction({
  schema: z.object({}),
  authorize: editOwnProfile,
  run: async (_input, { user }) => {
    await removeAvatar(db, mediaStorage(), user.id);
    return done({}, "Profile photo removed.");
  },
  revalidate,
});

// One's own session on another device (a shared computer left signed in, a lost phone). Another
// person's sessions are an administrator's to end, all at once (deactivating, a new password).
export const endOwnSession = defineAction({
  schema: z.object({ sessionId: z.string().min(1).max(64) }),
  load: ({ sessionId }) => findDeskSession(db, sessionId),
  authorize: (user, session) => editOwnProfile(user) && ownsSession(user, session),
  forbidden: "You can end only your own sessions.",
  notFound: "That session has already ended.",
  run: async ({ sessionId }, { user }) =>
    (await endOwnDeskSession(db, sessionId, user.id))
      ? done({}, "Session ended: that device must sign in again.")
      : fail("not-found", "That session has already ended."),
  revalidate: () => revalidatePath("/admin/profile"),
});
