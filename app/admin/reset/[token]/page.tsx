import type { Metadata } from "next";
import { AuthCard } from "@/components/admin/auth-card";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { db } from "@/lib/db";
import { findTokenUser } from "@/lib/users/password-tokens";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPage({ params }: Props) {
  const { token } = await params;
  const user = await findTokenUser(db, token);
  if (!user) {
    return (
      <AuthCard title="This link no longer works">
        <p className="text-muted">It has expired or has already been used. Ask an administrator for a new one.</p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Set your password">
      <p className="mb-6 text-sm text-muted">
        For {user.name} ({user.email}). This link works once.
      </p>
      <SetPasswordForm token={token} />
    </AuthCard>
  );
}
