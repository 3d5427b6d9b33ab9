import type { ReactNode } from "react";

/** The frame of the sign-in, setup and set-password pages. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <p className="font-serif text-2xl font-bold">Broadsheet desk</p>
      <h1 className="mt-6 text-3xl font-bold tracking-tight">{title}</h1>
      <div className="mt-6">{children}</div>
    </main>
  );
}
