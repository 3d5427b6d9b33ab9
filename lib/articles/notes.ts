import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";

// Notes are the desk's conversation about a story (review remarks, why it went back to its
// writer). Whoever may open the story in the desk reads and adds them; readers never see them.

export const noteText = z
  .string()
  .trim()
  .min(1, "Write the note first.")
  .max(2000, "Keep a note under 2,000 characters.");

export interface StoryNoteView {
  id: string;
  text: string;
  author: string | null;
  createdAt: string;
}

/** A story's notes, oldest first, as a conversation reads. */
export async function listNotes(db: PrismaClient, articleId: string): Promise<StoryNoteView[]> {
  const rows = await db.storyNote.findMany({
    where: { articleId },
    orderBy: { createdAt: "asc" },
    select: { id: true, text: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    author: r.author?.name ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Writes a note inside the caller's transaction (a return to the writer writes its note with the move). */
export async function recordNote(
  tx: Prisma.TransactionClient,
  input: { articleId: string; authorId: string; text: string; now: Date },
) {
  await tx.storyNote.create({
    data: { articleId: input.articleId, authorId: input.authorId, text: input.text, createdAt: input.now },
  });
  await recordAudit(tx, {
    action: "article.note",
    entityType: "Article",
    entityId: input.articleId,
    actorId: input.authorId,
  });
}

/** Adds a note; who may (whoever may open the story) is the caller's rule. */
export async function addNote(
  db: PrismaClient,
  authorId: string,
  articleId: string,
  text: string,
  now = new Date(),
): Promise<{ ok: true; notes: StoryNoteView[] }> {
  await db.$transaction((tx) => recordNote(tx, { articleId, authorId, text, now }));
  return { ok: true, notes: await listNotes(db, articleId) };
}

/** How many notes each of these stories has (a story with none is absent). */
export async function noteCounts(db: PrismaClient, articleIds: string[]): Promise<Map<string, number>> {
  if (!articleIds.length) return new Map();
  const rows = await db.storyNote.groupBy({
    by: ["articleId"],
    where: { articleId: { in: articleIds } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.articleId, r._count._all]));
}
