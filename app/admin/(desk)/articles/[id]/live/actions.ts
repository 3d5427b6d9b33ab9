"use server";

import { deskCall } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { revalidateCoverage, revalidateLiveUpdates } from "@/lib/live/revalidate";
import { addUpdateSchema, coverageSchema, keyEventSchema, updateRefSchema } from "@/lib/live/schemas";
import { addUpdate, deleteUpdate, endCoverage, setKeyEvent, startCoverage } from "@/lib/live/write";

const done = (result: { ok: true } | { ok: false; message: string }) => (result.ok ? { ok: true as const } : result);

export const startCoverageAction = deskCall(
  { schema: coverageSchema, permission: "desk:enter" },
  async ({ articleId }, user) => {
    const result = await startCoverage(db, user, articleId);
    if (result.ok) await revalidateCoverage(result.article);
    return done(result);
  },
);

export const endCoverageAction = deskCall(
  { schema: coverageSchema, permission: "desk:enter" },
  async ({ articleId }, user) => {
    const result = await endCoverage(db, user, articleId);
    if (result.ok) await revalidateCoverage(result.article);
    return done(result);
  },
);

export const addUpdateAction = deskCall({ schema: addUpdateSchema, permission: "desk:enter" }, async (input, user) => {
  const result = await addUpdate(db, user, input);
  if (result.ok) revalidateLiveUpdates(result.article);
  return done(result);
});

export const keyEventAction = deskCall(
  { schema: keyEventSchema, permission: "desk:enter" },
  async ({ updateId, keyEvent }, user) => {
    const result = await setKeyEvent(db, user, updateId, keyEvent);
    if (result.ok) revalidateLiveUpdates(result.article);
    return done(result);
  },
);

export const deleteUpdateAction = deskCall(
  { schema: updateRefSchema, permission: "desk:enter" },
  async ({ updateId }, user) => {
    const result = await deleteUpdate(db, user, updateId);
    if (result.ok) revalidateLiveUpdates(result.article);
    return done(result);
  },
);
