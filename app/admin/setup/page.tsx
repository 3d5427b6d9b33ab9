import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/admin/auth-card";
import { SetupForm } from "@/components/admin/setup-form";
import { db } from "@/lib/db";
import { countDeskAccounts } from "@/lib/users/accounts";

export const metadata: Metadata = { title: "Set up Broadsheet" };

// Exists only until the first desk account does.
export default async function SetupPage() {
  if ((await countDeskAccounts(db)) > 0) notFound();
  return (
    <AuthCard title="Create the first administrator">
      <p className="mb-6 text-sm text-muted">
        This page is available once, on a new installation. The account you create here manages users and settings; it
        can invite everyone else.
      </p>
      <SetupForm />
    </AuthCard>
  );
}
