import type { ReactNode } from "react";
import { DeskZoneProvider } from "@/components/admin/clock/desk-zone";
import { DeskNav } from "@/components/admin/desk-nav";
import { requireUser } from "@/lib/auth/session";
import { deskTimeZone } from "@/lib/desk/time-zone";

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const [user, timeZone] = await Promise.all([requireUser(), deskTimeZone()]);
  return (
    <>
      <DeskNav user={user} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        <DeskZoneProvider timeZone={timeZone}>{children}</DeskZoneProvider>
      </main>
    </>
  );
}
