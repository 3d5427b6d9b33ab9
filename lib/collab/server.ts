import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, type Connection, type Document } from "@hocuspocus/server";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import type { PrismaClient } from "@/lib/db/client";
import { mayEdit, mayView } from "@/lib/articles/access";
import type { SharedFields } from "./doc-fields";
import { COLLAB_PATH, type CollabMessage } from "./protocol";
import { collabUser, currentUsers, type CollabUser } from "./session";
import { presenceTracker } from "./presence";
import { REDIS_ORIGIN, SharedOverRedis } from "./redis";
import { loadDocument, sharedOf, storeDocument, takeInExternalChange } from "./store";

// Co-editing: Hocuspocus (Yjs over WebSocket) on the production server's own port, at COLLAB_PATH.
// Every change reaches the server as it is typed; the document is stored (and the article derived
// from it) at most 2 s after a change, however long the typing goes on. Access is checked on
// connect and again every RECHECK_MS: a story submitted for review turns a contributor's connection
// read-only, a deactivated user or an ended session is disconnected.

const STORE_DEBOUNCE_MS = 700;
const STORE_MAX_WAIT_MS = 1500;
const RECHECK_MS = 1500;
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

interface State {
  /** The article version the document matches. */
  version: number;
  lastStored: SharedFields;
  /** The state vector of what was last stored, base64: browsers compare it with their own. */
  storedVector: string;
  /** A Yjs snapshot (state vector and deletions) of what was last stored, base64, for the same. */
  storedSnapshot: string;
  storedAt: string;
  errors: Record<string, string>;
  lastEditor: CollabUser | null;
  /** People changed the document since it was last stored (the server's own writes are not theirs to store). */
  changed: boolean;
  /** Changes came from another instance (through Redis): that instance stores them, this one must not say they are stored. */
  foreign: boolean;
  busy: boolean;
  /** A store was turned back because the article changed: store again once that is taken in. */
  pending: boolean;
}

type Log = { info: (o: object, m: string) => void; warn: (o: object, m: string) => void };

const b64 = (u: Uint8Array) => Buffer.from(u).toString("base64");
const articleAccess = (db: PrismaClient, id: string) =>
  db.article
    .findUnique({
      where: { id },
      select: { version: true, status: true, deletedAt: true, authors: { select: { userId: true } } },
    })
    .then((a) => a && { ...a, authorIds: a.authors.map((x) => x.userId) });

export function collabServer(opts: {
  db: PrismaClient;
  secret: string;
  secure: boolean;
  log: Log;
  /** Set when several instances serve the desk: edits and presence go between them through Redis. */
  redis?: { url: string; prefix: string };
}) {
  const { db, log } = opts;
  const states = new Map<string, State>();
  const presence = presenceTracker(db);

  const storedMessage = (s: State): CollabMessage => ({
    type: "stored",
    at: s.storedAt,
    vector: s.storedVector,
    snapshot: s.storedSnapshot,
    errors: s.errors,
  });

  const markStored = (s: State, document: Document, errors: Record<string, string> = {}) => {
    s.storedVector = b64(Y.encodeStateVector(document));
    s.storedSnapshot = b64(Y.encodeSnapshot(Y.snapshot(document)));
    s.storedAt = new Date().toISOString();
    s.errors = errors;
    document.broadcastStateless(JSON.stringify(storedMessage(s)));
  };

  async function store(name: string, document: Document) {
    const s = states.get(name);
    if (!s) return;
    // Nobody here changed it since it was stored: all it holds came from the database (loaded,
    // merged, taken in and tidied by the server), or from another instance, which stores it and
    // tells everyone. Storing it would name the last editor as the author of the server's writes.
    if (!s.lastEditor || !s.changed) return s.foreign ? undefined : markStored(s, document);
    s.busy = true;
    s.changed = false;
    try {
      // What this store holds, taken before it runs: changes made meanwhile are not in it.
      const vector = b64(Y.encodeStateVector(document));
      const snapshot = b64(Y.encodeSnapshot(Y.snapshot(document)));
      const result = await storeDocument(db, s.lastEditor, name, document, s.version);
      if (result.ok) {
        if (result.version !== null) s.version = result.version;
        s.lastStored = sharedOf(result.fields);
        s.foreign = false;
        s.storedVector = vector;
        s.storedSnapshot = snapshot;
        s.storedAt = new Date().toISOString();
        s.errors = result.errors as Record<string, string>;
        document.broadcastStateless(JSON.stringify(storedMessage(s)));
      } else if (result.kind === "busy") {
        // Written meanwhile by something else: the next check takes that in, then stores again.
        s.pending = true;
        s.changed = true;
      } else if (result.kind === "forbidden") {
        // The last editor may no longer edit (a submitted story): the document's state is kept
        // as it is, and becomes the story at the next edit of someone who may.
        s.lastEditor = null;
        markStored(s, document);
      } else {
        s.changed = true;
        log.warn({ article: name, kind: result.kind }, "shared document not stored");
        document.broadcastStateless(JSON.stringify({ type: "error", message: result.message } satisfies CollabMessage));
      }
    } catch (error) {
      // Not stored (the database is unreachable, say): the changes still wait to be.
      s.changed = true;
      throw error;
    } finally {
      s.busy = false;
    }
  }

  const hocuspocus = new Hocuspocus({
    name: "broadsheet",
    quiet: true,
    extensions: opts.redis ? [new SharedOverRedis(opts.redis.url, opts.redis.prefix)] : [],
    debounce: STORE_DEBOUNCE_MS,
    maxDebounce: STORE_MAX_WAIT_MS,
    async onAuthenticate({ requestHeaders, documentName, connectionConfig }) {
      const user = await collabUser(db, requestHeaders.cookie, opts);
      if (!user) throw new Error("Sign in again to keep editing.");
      const access = await articleAccess(db, documentName);
      if (!access || !mayView(user, access)) throw new Error("You can’t open this story.");
      connectionConfig.readOnly = !mayEdit(user, access);
      return { user };
    },
    async onLoadDocument({ documentName, document }) {
      const loaded = await loadDocument(db, documentName);
      if (!loaded) throw new Error("This story no longer exists.");
      Y.applyUpdate(document, Y.encodeStateAsUpdate(loaded.doc));
      states.set(documentName, {
        version: loaded.version,
        lastStored: loaded.fields,
        storedVector: b64(Y.encodeStateVector(document)),
        storedSnapshot: b64(Y.encodeSnapshot(Y.snapshot(document))),
        storedAt: new Date().toISOString(),
        errors: {},
        lastEditor: null,
        changed: false,
        foreign: false,
        busy: false,
        pending: false,
      });
      return document;
    },
    async connected({ connection, documentName }) {
      const s = states.get(documentName);
      if (s) connection.sendStateless(JSON.stringify(storedMessage(s)));
    },
    async onChange({ documentName, context, transactionOrigin }) {
      const s = states.get(documentName);
      if (!s) return;
      if (context?.user) {
        s.lastEditor = context.user as CollabUser;
        s.changed = true;
      } else if (transactionOrigin === REDIS_ORIGIN) s.foreign = true;
    },
    async onStoreDocument({ documentName, document }) {
      await store(documentName, document);
    },
    async afterUnloadDocument({ documentName }) {
      states.delete(documentName);
    },
  });

  // Rights and outside writes, checked for every open story.
  async function recheck() {
    const open = [...hocuspocus.documents.entries()];
    if (!open.length) return;
    const users = open.flatMap(([, d]) => d.getConnections().map((c) => c.context?.user as CollabUser)).filter(Boolean);
    const now = await currentUsers(db, users);
    for (const [name, document] of open) {
      const s = states.get(name);
      const access = await articleAccess(db, name);
      for (const connection of document.getConnections()) recheckConnection(connection, access, now);
      if (!s || !access || s.busy || access.version === s.version) continue;
      if (hocuspocus.debouncer.isCurrentlyExecuting(`onStoreDocument-${name}`)) continue;
      // Whether people's changes wait to be stored, as of before the outside change comes in.
      const unstored = b64(Y.encodeStateVector(document)) !== s.storedVector;
      const taken = await takeInExternalChange(db, name, document, s.lastStored);
      if (!taken) continue;
      s.version = taken.version;
      s.lastStored = taken.fields;
      // Only people's changes not yet stored are stored again. The outside change itself, and the
      // server's tidy of it (a table made regular), are not stored in the last editor's name: the
      // article already holds that change, and the tidy is no one's edit.
      if (s.pending || unstored) {
        s.pending = false;
        await store(name, document);
      } else if (b64(Y.encodeStateVector(document)) !== s.storedVector) markStored(s, document);
    }
  }

  function recheckConnection(
    connection: Connection,
    access: Awaited<ReturnType<typeof articleAccess>>,
    now: (u: CollabUser) => CollabUser | null,
  ) {
    const was = connection.context?.user as CollabUser | undefined;
    const user = was ? now(was) : null;
    if (!user || !access || !mayView(user, access)) {
      connection.sendStateless(
        JSON.stringify({
          type: "closed",
          message: user
            ? "You can no longer open this story."
            : "Your session has ended: sign in again in another tab. Your changes are kept on this device and go to the server as soon as you do.",
        } satisfies CollabMessage),
      );
      connection.close({ code: 4403, reason: "access ended" });
      return;
    }
    connection.context.user = user;
    const readOnly = !mayEdit(user, access);
    if (readOnly !== connection.readOnly) {
      connection.readOnly = readOnly;
      connection.sendStateless(JSON.stringify({ type: "access", readOnly } satisfies CollabMessage));
    }
  }

  // Who has which story open on this instance, for the desk's lists (lib/collab/presence.ts).
  const openStories = () =>
    [...hocuspocus.documents.entries()].flatMap(([articleId, d]) =>
      d
        .getConnections()
        .map((c) => (c.context?.user as CollabUser | undefined)?.id)
        .filter((userId): userId is string => Boolean(userId))
        .map((userId) => ({ articleId, userId })),
    );

  let timer: ReturnType<typeof setInterval> | null = setInterval(() => {
    recheck().catch((e: unknown) => log.warn({ err: String(e) }, "co-editing access check failed"));
    presence.sync(openStories()).catch((e: unknown) => log.warn({ err: String(e) }, "editing presence not recorded"));
  }, RECHECK_MS);
  timer.unref();

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  return {
    /** Takes a WebSocket upgrade for COLLAB_PATH; returns false for any other path. */
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
      const path = (req.url ?? "").split("?")[0];
      if (path !== COLLAB_PATH) return false;
      wss.handleUpgrade(req, socket, head, (ws) => hocuspocus.handleConnection(ws, req));
      return true;
    },
    /** Stores every open document now (on shutdown). */
    async flush() {
      for (const [name, document] of hocuspocus.documents) await store(name, document).catch(() => undefined);
      await presence.clear().catch(() => undefined);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
      hocuspocus.closeConnections();
      wss.close();
      void hocuspocus.hooks("onDestroy", { instance: hocuspocus });
    },
    hocuspocus,
  };
}
