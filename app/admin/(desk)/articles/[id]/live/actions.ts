"use server";

import { defineAction } from "@/lib/actions/define-action";
import { fromLib } from "@/lib/actions/from-lib";
import { done } from "@/lib/actions/result";
import { mayPublish } from "@/lib/articles/access";
import { loadArticleAccess, loadLiveUpdateAccess } from "@/lib/articles/access-load";
import { db } from "@/lib/db";
import { revalidateCoverage, revalidateLiveUpdates } from "@/lib/live/revalidate";
import { addUpdateSchema, coverageSchema, keyEventSchema, updateRefSchema } from "@/lib/live/schemas";
import { addUpdate, deleteUpdate, endCoverage, setKeyEvent, startCoverage } from "@/lib/live/write";

// Updates reach readers at once, so every live action needs the right to publish the story.
const loadStory = ({ articleId }: { articleId: string }) => loadArticleAccess(db, articleId);
const loadUpdatesStory = ({ updateId }: { updateId: string }) => loadLiveUpdateAccess(db, updateId);
// The desk page refreshes itself after a change: it needs no more than "done".
const reply = () => done();

export const startCoverageAction = defineAction({
  schema: coverageSchema,
  load: loadStory,
  authorize: mayPublish,
  run: async ({ articleId }, { user }) => fromLib(await startCoverage(db, user, articleId)),
  revalidate: ({ article }) => revalidateCoverage(article),
  reply,
});

export const endCoverageAction = defineAction({
  schema: coverageSchema,
  load: loadStory,
  authorize: mayPublish,
  run: async ({ articleId }, { user }) => fromLib(await endCoverage(db, user, articleId)),
  revalidate: ({ article }) => revalidateCoverage(article),
  reply,
});

export const addUpdateAction = defineAction({
  schema: addUpdateSchema,
  load: loadStory,
  authorize: mayPublish,
  run: async (input, { user }) => fromLib(await addUpdate(db, user, input)),
  revalidate: ({ article }) => revalidateLiveUpdates(article),
  reply,
});

export const keyEventAction = defineAction({
  schema: keyEventSchema,
  load: loadUpdatesStory,
  authorize: mayPublish,
  run: async ({ updateId, keyEvent }, { user }) => fromLib(await setKeyEvent(db, user, updateId, keyEvent)),
  revalidate: ({ article }) => revalidateLiveUpdates(article),
  reply,
});

export const deleteUpdateAction = defineAction({
  schema: updateRefSchema,
  load: loadUpdatesStory,
  authorize: mayPublish,
  run: async ({ updateId }, { user }) => fromLib(await deleteUpdate(db, user, updateId)),
  revalidate: ({ article }) => revalidateLiveUpdates(article),
  reply,
});
