import { randomUUID } from "node:crypto";
import * as Y from "yjs";
import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";
import { editableInclude, editingFields, toEditable } from "@/lib/articles/editable";
import { saveFromDocument, type DocumentSaveResult } from "@/lib/articles/save";
import { recordRevision } from "@/lib/articles/revision-log";
import { sameValue } from "@/lib/articles/fields";
import { MAX_DOCUMENT_BYTES } from "@/lib/editor/document";
import {
  applyFields,
  fieldsOf,
  metaMap,
  newDocument,
  storableBody,
  tidyForEditor,
  type SharedFields,
} from "./doc-fields";

// Where a story's shared document lives between sessions: the ArticleDocument row holds its
// state; the article (or its working copy) holds what it derives to, which readers, search and
// validation use. Both are written in one transaction.

/** The stored fields the shared document holds (breaking news has its own control). */
export const sharedOf = (fields: ReturnType<typeof editingFields>): SharedFields => {
  const shared: Partial<ReturnType<typeof editingFields>> = { ...fields };
  delete shared.breaking;
  return shared as SharedFields;
};

export interface LoadedDocument {
  doc: Y.Doc;
  lineage: string;
  /** The article version the document matches. */
  version: number;
  /** The fields the article holds (what the document was last stored as). */
  fields: SharedFields;
}

/**
 * The story's shared document: the stored state, brought up to date with anything written to the
 * article by other means since (a restore, Discard, a script), or a new document made from the
 * article on first open. Null when the article does not exist.
 */
export async function loadDocument(db: PrismaClient, articleId: string): Promise<LoadedDocument | null> {
  const row = await db.article.findUnique({ where: { id: articleId }, include: editableInclude });
  if (!row) return null;
  const fields = sharedOf(editingFields(toEditable(row)));
  const stored = await db.articleDocument.findUnique({ where: { articleId } });
  if (stored) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.state);
    // Tidied here, once, rather than by the first editor that opens it (lib/collab/doc-fields.ts).
    const tidied = tidyForEditor(doc);
    if (stored.version !== row.version || tidied) {
      if (stored.version !== row.version) applyFields(doc, fields);
      await db.articleDocument.update({
        where: { articleId },
        data: { state: Buffer.from(Y.encodeStateAsUpdate(doc)), version: row.version },
      });
    }
    return { doc, lineage: stored.lineage, version: row.version, fields };
  }
  const lineage = randomUUID();
  const doc = newDocument(fields, lineage);
  try {
    await db.articleDocument.create({
      data: { articleId, state: Buffer.from(Y.encodeStateAsUpdate(doc)), lineage, version: row.version },
    });
  } catch {
    // Someone opened it at the same moment and made it first: theirs is the document.
    return loadDocument(db, articleId);
  }
  return { doc, lineage, version: row.version, fields };
}

/** The lineage of the story's document, making the document if it has none yet. */
export async function documentLineage(db: PrismaClient, articleId: string): Promise<string | null> {
  const row = await db.articleDocument.findUnique({ where: { articleId }, select: { lineage: true } });
  return row?.lineage ?? (await loadDocument(db, articleId))?.lineage ?? null;
}

/**
 * Stores the document and what it derives to, as `user` (the last person who changed it), if the
 * article is still at `baseVersion` (the version the document matches); otherwise "busy": the
 * caller takes in what changed first (takeInExternalChange), so an outside write is never overwritten.
 */
export async function storeDocument(
  db: PrismaClient,
  user: { id: string; role: Role },
  articleId: string,
  doc: Y.Doc,
  baseVersion: number,
  now = new Date(),
): Promise<DocumentSaveResult> {
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  const lineage = metaMap(doc).get("lineage") ?? randomUUID();
  const fields = fieldsOf(doc);
  const storable = storableBody(fields.body);
  const result = await saveFromDocument(
    db,
    user,
    { id: articleId, baseVersion, fields: { ...fields, body: storable.body } },
    (tx, version) =>
      tx.articleDocument.upsert({
        where: { articleId },
        create: { articleId, state, lineage, version },
        update: { state, version },
      }),
    now,
  );
  if (!result.ok && result.kind === "forbidden") {
    // Edits that arrived before the right to edit ended are kept in the document, not applied.
    await db.articleDocument.update({ where: { articleId }, data: { state } }).catch(() => undefined);
  }
  if (result.ok && storable.dropped) {
    result.errors.body = storable.tooLarge
      ? `The story is over the size limit (${Math.round(MAX_DOCUMENT_BYTES / 1_000_000)} MB): the end of it is not saved. Split it into two stories.`
      : `${storable.dropped} part${storable.dropped === 1 ? "" : "s"} of the body could not be saved (not allowed in a story); remove or redo ${storable.dropped === 1 ? "it" : "them"}.`;
  }
  return result;
}

/**
 * The article changed since the document was last stored or loaded. Written from the document by
 * another server instance: its stored state is merged in (a CRDT merge, nothing to choose). Written
 * by other means (a restore, Discard, a script): the document takes that in as the smallest change,
 * and edits it held that the article never had are kept as a revision first. Null when there is
 * nothing to do yet (the article is gone, or another instance is taking the same change in).
 */
export async function takeInExternalChange(
  db: PrismaClient,
  articleId: string,
  doc: Y.Doc,
  lastStored: SharedFields | null,
  now = new Date(),
): Promise<{ version: number; fields: SharedFields } | null> {
  const [row, stored] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, include: editableInclude }),
    db.articleDocument.findUnique({ where: { articleId } }),
  ]);
  if (!row) return null;
  if (stored) Y.applyUpdate(doc, stored.state, "server");
  const fields = sharedOf(editingFields(toEditable(row)));
  if (stored?.version === row.version) return { version: row.version, fields };
  if (stored && lastStored && sameValue(fields, lastStored)) {
    // A status change (publish, submit…) moved the version and left the fields as they were:
    // nothing to take in, and edits not yet stored stay in the document, to be stored next.
    await db.articleDocument.updateMany({
      where: { articleId, version: stored.version },
      data: { version: row.version },
    });
    return { version: row.version, fields };
  }
  // Only one instance takes an outside write in: two applying the same change would double it.
  if (stored) {
    const claimed = await db.articleDocument.updateMany({
      where: { articleId, version: stored.version },
      data: { version: row.version },
    });
    if (claimed.count !== 1) return null;
  }
  const held = fieldsOf(doc);
  if (lastStored && !sameValue(held, lastStored) && !sameValue(held, fields)) {
    await db.$transaction((tx) =>
      recordRevision(tx, {
        articleId,
        version: row.version,
        fields: { ...held, breaking: row.breaking },
        authorId: null,
        reason: "kept",
        now,
      }),
    );
  }
  applyFields(doc, fields);
  await db.articleDocument.upsert({
    where: { articleId },
    create: {
      articleId,
      state: Buffer.from(Y.encodeStateAsUpdate(doc)),
      lineage: metaMap(doc).get("lineage") ?? randomUUID(),
      version: row.version,
    },
    update: { state: Buffer.from(Y.encodeStateAsUpdate(doc)), version: row.version },
  });
  return { version: row.version, fields };
}
