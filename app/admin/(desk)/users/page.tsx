import type { Metadata } from "next";
import { InviteUserForm, UserRowControls } from "@/components/admin/user-forms";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/users/list";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePermission("users:manage", "/admin/users");
  const users = await listUsers(db);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Users</h1>
      <section aria-labelledby="invite-heading" className="mt-8 max-w-xl rounded border border-rule p-4">
        <h2 id="invite-heading" className="text-lg font-bold">
          Add a user
        </h2>
        <p className="mt-1 text-sm text-muted">
          They get a one-time link to set their own password; no email server is needed.
        </p>
        <InviteUserForm />
      </section>
      <section aria-labelledby="people-heading" className="mt-10">
        <h2 id="people-heading" className="text-lg font-bold">
          Everyone
        </h2>
        <ul className="mt-4 divide-y divide-rule">
          {users.map((u) => (
            <li key={u.id} className="py-4" aria-label={u.name}>
              <div className="flex flex-wrap items-baseline gap-x-3">
                <p className="font-semibold">{u.name}</p>
                <p className="text-sm text-muted">{u.email}</p>
                <p className="text-sm">
                  {ROLE_LABELS[u.role]}
                  {!u.active ? " · Deactivated" : ""}
                  {!u.canSignIn ? " · No password yet" : ""}
                  {u.id === me.id ? " · You" : ""}
                </p>
              </div>
              <UserRowControls user={u} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
