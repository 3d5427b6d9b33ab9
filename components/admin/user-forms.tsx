"use client";

import { useActionState } from "react";
import { createPasswordLink, inviteUser, updateActive, updateRole } from "@/app/admin/(desk)/users/actions";
import { idle } from "@/lib/actions/result";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import type { UserRow } from "@/lib/users/list";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

function OneTimeLink({ link }: { link?: string }) {
  if (!link) return null;
  return (
    <p className="mt-2 break-all rounded border border-rule bg-ink/5 px-3 py-2 font-mono text-xs">
      <span className="sr-only">One-time password link: </span>
      {link}
    </p>
  );
}

function RoleSelect({ id, defaultValue }: { id: string; defaultValue?: string }) {
  return (
    <select
      id={id}
      name="role"
      defaultValue={defaultValue ?? "CONTRIBUTOR"}
      className="rounded border border-rule bg-paper px-2 py-2 text-sm"
    >
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </select>
  );
}

export function InviteUserForm() {
  const [state, action] = useActionState(inviteUser, idle);
  return (
    <form action={action} className="mt-4 space-y-3">
      <FormMessage state={state} />
      <OneTimeLink link={state.ok ? state.data.link : undefined} />
      <Field label="Name" name="name" required defaultValue={state.values?.name} error={state.fieldErrors?.name} />
      <Field
        label="Email"
        name="email"
        type="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <Field label="Role" name="role">
        <RoleSelect id="field-role" key={state.values?.role} defaultValue={state.values?.role} />
      </Field>
      <SubmitButton pendingText="Adding…">Add user</SubmitButton>
    </form>
  );
}

export function UserRowControls({ user }: { user: UserRow }) {
  const [roleState, roleAction] = useActionState(updateRole, idle);
  const [activeState, activeAction] = useActionState(updateActive, idle);
  const [linkState, linkAction] = useActionState(createPasswordLink, idle);
  const roleId = `role-${user.id}`;
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <form action={roleAction} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label htmlFor={roleId} className="text-sm">
            Role for {user.name}
          </label>
          <RoleSelect id={roleId} defaultValue={user.role} />
          <SubmitButton variant="secondary">Change role</SubmitButton>
        </form>
        <form action={activeAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={user.active ? "false" : "true"} />
          <SubmitButton variant={user.active ? "danger" : "secondary"}>
            {user.active ? "Deactivate" : "Reactivate"}
          </SubmitButton>
        </form>
        {user.active ? (
          <form action={linkAction}>
            <input type="hidden" name="userId" value={user.id} />
            <SubmitButton variant="secondary">Create password link</SubmitButton>
          </form>
        ) : null}
      </div>
      <FormMessage state={roleState.message ? roleState : activeState.message ? activeState : linkState} />
      <OneTimeLink link={linkState.ok ? linkState.data.link : undefined} />
    </div>
  );
}
