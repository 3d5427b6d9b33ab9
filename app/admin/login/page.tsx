import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/admin/auth-card";
import { LoginForm } from "@/components/admin/login-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/safe-next";
import { db } from "@/lib/db";
import { countDeskAccounts } from "@/lib/users/accounts";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string; notice?: string }> };

const NOTICES: Record<string, string> = {
  setup: "Your administrator account is ready. Sign in to continue.",
  password: "Your password is set. Sign in with it now.",
};

export default async function LoginPage({ searchParams }: Props) {
  const { next, notice } = await searchParams;
  const target = safeNextPath(next);
  if (await getCurrentUser()) redirect(target);
  const needsSetup = (await countDeskAccounts(db)) === 0;
  return (
    <AuthCard title="Sign in">
      {notice && NOTICES[notice] ? (
        <p className="mb-4 rounded bg-ink/5 px-3 py-2 text-sm font-semibold">{NOTICES[notice]}</p>
      ) : null}
      {needsSetup ? (
        <p className="mb-4 rounded bg-accent-soft px-3 py-2 text-sm">
          No desk account exists yet.{" "}
          <Link href="/admin/setup" className="font-semibold text-accent underline">
            Create the first administrator
          </Link>
          .
        </p>
      ) : null}
      <LoginForm next={target} />
    </AuthCard>
  );
}
