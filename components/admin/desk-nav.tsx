import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import { can, ROLE_LABELS, type Action } from "@/lib/auth/permissions";
import { MediaImage } from "@/components/ui/media-image";
import { SignOutButton } from "./sign-out-button";

const ITEMS: { href: string; label: string; permission: Action }[] = [
  { href: "/admin", label: "Dashboard", permission: "desk:enter" },
  { href: "/admin/articles", label: "Articles", permission: "desk:enter" },
  { href: "/admin/budget", label: "Budget", permission: "desk:enter" },
  { href: "/admin/sections", label: "Sections", permission: "taxonomy:manage" },
  { href: "/admin/tags", label: "Tags", permission: "taxonomy:manage" },
  { href: "/admin/media", label: "Media", permission: "media:upload" },
  { href: "/admin/users", label: "Users", permission: "users:manage" },
  { href: "/admin/profile", label: "Profile", permission: "profile:edit-own" },
];

/** The desk's navigation shows only what the user's role may use. */
export function DeskNav({ user }: { user: SessionUser }) {
  return (
    <header className="border-b border-rule">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:bg-ink focus:px-4 focus:py-2 focus:text-paper"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/admin" className="font-serif text-xl font-bold">
          Desk
        </Link>
        <nav aria-label="Desk">
          <ul className="flex flex-wrap gap-x-4 text-sm font-semibold">
            {ITEMS.filter((item) => can(user.role, item.permission)).map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:text-accent hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/" className="hover:text-accent hover:underline">
                View site
              </Link>
            </li>
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-4 text-sm">
          <span className="flex items-center gap-2">
            {user.avatar ? (
              <MediaImage
                image={{ ...user.avatar, alt: "" }}
                sizes="28px"
                minWidth={64}
                display={{ width: 28, height: 28 }}
                className="rounded-full"
              />
            ) : null}
            <span>
              {user.name} <span className="text-muted">· {ROLE_LABELS[user.role]}</span>
            </span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
