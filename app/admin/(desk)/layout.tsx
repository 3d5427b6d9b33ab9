import type { ReactNode } from "react";
import { DeskNav } from "@/components/admin/desk-nav";
import { requireUser } from "@/lib/auth/session";

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <DeskNav user={user} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
