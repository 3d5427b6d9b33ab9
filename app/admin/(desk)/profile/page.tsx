import type { Metadata } from "next";
import { AvatarForm } from "@/components/admin/avatar-form";
import { PasswordForm, ProfileForm } from "@/components/admin/profile-forms";
import { SessionList } from "@/components/admin/session-list";
import { ownSessions } from "@/lib/auth/own-sessions";
import { getCurrentSessionId, requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findOwnBio } from "@/lib/users/read";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requirePermission("profile:edit-own", "/admin/profile");
  const [bio, sessions] = await Promise.all([
    findOwnBio(db, user.id),
    getCurrentSessionId().then((current) => ownSessions(db, user.id, current)),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Your profile</h1>
      <section aria-labelledby="public-heading" className="mt-8 max-w-xl">
        <h2 id="public-heading" className="text-lg font-bold">
          Public byline
        </h2>
        <p className="mt-1 text-sm text-muted">Your name and bio appear on your stories and your author page.</p>
        <ProfileForm name={user.name} bio={bio} />
      </section>
      <section aria-labelledby="photo-heading" className="mt-12 max-w-xl">
        <h2 id="photo-heading" className="text-lg font-bold">
          Profile photo
        </h2>
        <p className="mt-1 text-sm text-muted">
          Shown beside your bio on your author page and under your stories, cropped to a square.
        </p>
        <AvatarForm avatar={user.avatar} />
      </section>
      <section aria-labelledby="password-heading" className="mt-12 max-w-xl">
        <h2 id="password-heading" className="text-lg font-bold">
          Change password
        </h2>
        <PasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="mt-12 max-w-xl">
        <h2 id="sessions-heading" className="text-lg font-bold">
          Where you’re signed in
        </h2>
        <p className="mt-1 text-sm text-muted">
          Each browser you signed in with, until it signs out or its session expires after 12 hours.
        </p>
        <SessionList sessions={sessions} />
      </section>
    </>
  );
}
