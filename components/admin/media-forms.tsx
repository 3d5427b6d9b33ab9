"use client";

import { useActionState } from "react";
import { removeMedia, updateMedia } from "@/app/admin/(desk)/media/actions";
import { idle } from "@/lib/actions/result";
import type { MediaItem } from "@/lib/media/types";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

const area = "block w-full rounded border border-rule bg-paper px-3 py-2";

export function MediaDetailsForm({
  item,
}: {
  item: Pick<MediaItem, "id" | "alt" | "decorative" | "caption" | "credit">;
}) {
  const [state, action] = useActionState(updateMedia, idle);
  const v = state.values;
  return (
    <form action={action} className="mt-4 space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={item.id} />
      <Field
        label="Alt text"
        name="alt"
        hint="What the image shows, for people who can’t see it. Leave empty only if it is decorative."
        error={state.fieldErrors?.alt}
      >
        <textarea
          id="field-alt"
          name="alt"
          rows={3}
          maxLength={500}
          defaultValue={v?.alt ?? item.alt}
          aria-describedby="field-alt-hint"
          className={area}
        />
      </Field>
      <div className="flex items-center gap-2">
        <input
          id="field-decorative"
          name="decorative"
          type="checkbox"
          defaultChecked={v ? v.decorative === "on" : item.decorative}
          className="h-4 w-4"
        />
        <label htmlFor="field-decorative" className="text-sm font-semibold">
          Decorative: it adds nothing a reader needs, so no alt text
        </label>
      </div>
      <Field label="Caption" name="caption" error={state.fieldErrors?.caption}>
        <textarea
          id="field-caption"
          name="caption"
          rows={2}
          maxLength={1000}
          defaultValue={v?.caption ?? item.caption}
          className={area}
        />
      </Field>
      <Field
        label="Credit"
        name="credit"
        defaultValue={v?.credit ?? item.credit}
        maxLength={200}
        hint="Photographer and agency, e.g. “Photo: Sana Mir / Agency”."
        error={state.fieldErrors?.credit}
      />
      <SubmitButton>Save details</SubmitButton>
    </form>
  );
}

export function DeleteMediaForm({ id }: { id: string }) {
  const [state, action] = useActionState(removeMedia, idle);
  return (
    <form action={action} className="mt-4 space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="danger" pendingText="Deleting…">
        Delete image
      </SubmitButton>
    </form>
  );
}
