"use client";

import type * as Y from "yjs";
import { editorStateAction, saveArticleAction } from "@/app/admin/(desk)/articles/[id]/actions";
import { fieldsOf } from "@/lib/collab/doc-fields";
import type { useSharedStory } from "./use-shared-story";

type Story = Pick<
  ReturnType<typeof useSharedStory>,
  "session" | "unreachable" | "rescued" | "apply" | "dismissRescued" | "forgetLocalCopy"
>;

/** Saves the story as this device holds it through the desk's ordinary save, then reloads. */
async function sendOverHttp(articleId: string, doc: Y.Doc, story: Story, setNotice: (notice: string) => void) {
  const current = await editorStateAction({ id: articleId });
  if (!current.ok) return setNotice("That didn’t work: reload the page.");
  const result = await saveArticleAction({
    id: articleId,
    baseVersion: current.article.version,
    fields: { ...fieldsOf(doc), breaking: current.article.fields.breaking },
  });
  if (!result.ok) return setNotice(result.message);
  // The server has the text now; this device's copy would be merged in twice.
  await story.forgetLocalCopy();
  location.reload();
}

/**
 * What this device holds that the server may not: a copy of an earlier document of the story,
 * offered back (`rescued`), and, where live editing cannot connect, a way to send the text by the
 * slower route (`send`, null while it is not needed).
 */
export function useLocalCopy({
  articleId,
  story,
  setNotice,
}: {
  articleId: string;
  story: Story;
  setNotice: (notice: string) => void;
}) {
  const { session, rescued } = story;
  return {
    rescued: rescued && {
      copy: rescued,
      restore: () => {
        story.apply(rescued);
        story.dismissRescued();
      },
      discard: story.dismissRescued,
    },
    send: story.unreachable && session ? () => sendOverHttp(articleId, session.doc, story, setNotice) : null,
  };
}
