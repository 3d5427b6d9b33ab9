import type { Metadata } from "next";
import type { ReactNode } from "react";

// The desk is private: never indexed, never cached.
export const metadata: Metadata = {
  title: { default: "Desk", template: "%s | Desk" },
  robots: { index: false, follow: false },
};
export const dynamic = "force-dynamic";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-screen bg-paper text-ink">{children}</div>;
}
