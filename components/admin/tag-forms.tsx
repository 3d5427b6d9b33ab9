"use client";

import { useActionState } from "react";
import { createTagAction, deleteTagAction, updateTagAction } from "@/app/admin/(desk)/tags/actions";
import { idle } from "@/lib/actions/result";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

const box = "rounded border border-rule bg-paper px-2 py-1.5 text-sm";

export function NewTagForm() {
  const [state, action] = useActionState(createTagAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <label className="text-sm font-semibold">
        Name <input name="name" required defaultValue={state.values?.name} className={`${box} block`} />
      </label>
      <SubmitButton>Add tag</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function TagRow({
  tag,
  others,
}: {
  tag: { id: string; name: string; slug: string; count: number };
  others: { id: string; name: string }[];
}) {
  const [saveState, save] = useActionState(updateTagAction, idle);
  const [deleteState, remove] = useActionState(deleteTagAction, idle);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <form action={save} className="flex flex-wrap items-end gap-3" aria-label={`Edit tag ${tag.name}`}>
          <input type="hidden" name="id" value={tag.id} />
          <label className="text-sm font-semibold">
            Name <input name="name" defaultValue={tag.name} className={`${box} block`} />
          </label>
          <label className="text-sm font-semibold">
            Slug <input name="slug" defaultValue={tag.slug} className={`${box} block`} />
          </label>
          <SubmitButton variant="secondary">Save</SubmitButton>
        </form>
        <span className="text-sm text-muted">{tag.count} articles</span>
        <form action={remove} className="flex items-end gap-2">
          <input type="hidden" name="id" value={tag.id} />
          {tag.count > 0 ? (
            <label className="text-sm">
              Move its articles to{" "}
              <select name="mergeInto" className={box}>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <SubmitButton variant="danger">{`Delete ${tag.name}`}</SubmitButton>
        </form>
      </div>
      <FormMessage state={saveState.message ? saveState : deleteState} />
    </div>
  );
}
