"use client";

import { useActionState } from "react";
import {
  createSectionAction,
  deleteSectionAction,
  moveSectionAction,
  updateSectionAction,
} from "@/app/admin/(desk)/sections/actions";
import { idle } from "@/lib/actions/result";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

const box = "rounded border border-rule bg-paper px-2 py-1.5 text-sm";
type Section = { id: string; name: string; slug: string; description: string; count: number };

export function NewSectionForm() {
  const [state, action] = useActionState(createSectionAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <label className="text-sm font-semibold">
        Name <input name="name" required defaultValue={state.values?.name} className={`${box} block`} />
      </label>
      <label className="text-sm font-semibold">
        Slug (optional) <input name="slug" defaultValue={state.values?.slug} className={`${box} block`} />
      </label>
      <input type="hidden" name="description" value="" />
      <SubmitButton>Add section</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function SectionRow({
  section,
  others,
  first,
  last,
}: {
  section: Section;
  others: { id: string; name: string }[];
  first: boolean;
  last: boolean;
}) {
  const [saveState, save] = useActionState(updateSectionAction, idle);
  const [moveState, move] = useActionState(moveSectionAction, idle);
  const [deleteState, remove] = useActionState(deleteSectionAction, idle);
  const state = saveState.message ? saveState : deleteState.message ? deleteState : moveState;
  return (
    <div className="space-y-2">
      <form action={save} className="flex flex-wrap items-end gap-3" aria-label={`Edit section ${section.name}`}>
        <input type="hidden" name="id" value={section.id} />
        <label className="text-sm font-semibold">
          Name <input name="name" defaultValue={section.name} className={`${box} block`} />
        </label>
        <label className="text-sm font-semibold">
          Slug <input name="slug" defaultValue={section.slug} className={`${box} block`} />
        </label>
        <label className="grow text-sm font-semibold">
          Description <input name="description" defaultValue={section.description} className={`${box} block w-full`} />
        </label>
        <SubmitButton variant="secondary">Save</SubmitButton>
      </form>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span className="text-muted">{section.count} articles</span>
        {(["up", "down"] as const).map((direction) => (
          <form key={direction} action={move}>
            <input type="hidden" name="id" value={section.id} />
            <input type="hidden" name="direction" value={direction} />
            <button
              type="submit"
              disabled={direction === "up" ? first : last}
              className="rounded border border-rule px-2 py-1 disabled:opacity-40"
            >
              Move {direction}
              <span className="sr-only"> {section.name}</span>
            </button>
          </form>
        ))}
        <form action={remove} className="flex items-center gap-2">
          <input type="hidden" name="id" value={section.id} />
          {section.count > 0 ? (
            <label className="text-sm">
              Move its articles to{" "}
              <select name="moveTo" className={box}>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <SubmitButton variant="danger">{`Delete ${section.name}`}</SubmitButton>
        </form>
      </div>
      <FormMessage state={state} />
    </div>
  );
}
