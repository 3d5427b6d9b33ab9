"use client";

import { useState } from "react";
import { addCorrectionAction } from "@/app/admin/(desk)/articles/[id]/actions";

/** Appends a dated correction note to a published story. */
export function CorrectionForm({ articleId }: { articleId: string }) {
  const [text, setText] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form
      className="space-y-2 rounded border border-rule p-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await addCorrectionAction({ id: articleId, text });
        if (result.ok) {
          setText("");
          setMessage("Correction published.");
        } else setMessage(result.message);
      }}
    >
      <label htmlFor="correction-text" className="block text-sm font-bold">
        Add a correction
      </label>
      <textarea
        id="correction-text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        className="block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm"
      />
      <button type="submit" className="rounded border border-rule px-3 py-1.5 text-sm font-semibold">
        Publish correction
      </button>
      <p role="status" className="text-sm">
        {message}
      </p>
    </form>
  );
}
