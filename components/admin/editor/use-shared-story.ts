"use client";

import { HocuspocusProvider } from "@hocuspocus/provider";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import {
  applyFields,
  fieldsOf,
  metaMap,
  panelFieldsOf,
  samePanelFields,
  setField,
  TEXT_FIELDS,
  type SharedFields,
  type TextField,
} from "@/lib/collab/doc-fields";
import { mapCaret } from "@/lib/collab/caret";
import { colorFor } from "@/lib/collab/colors";
import { COLLAB_PATH, parseCollabMessage } from "@/lib/collab/protocol";
import { onSignedIn } from "@/lib/auth/signed-in-signal";
import { saveStatusStore, type SaveStatusStore } from "@/lib/collab/save-status";

export type { SaveStatus } from "@/lib/collab/save-status";

/** Everything but the body, which only the editor reads as it changes. */
export type PanelFields = Omit<SharedFields, "body">;

export interface Peer {
  clientId: number;
  name: string;
  color: string;
}

export { colorFor } from "@/lib/collab/colors";
const storeName = (articleId: string) => `broadsheet-story-${articleId}`;
const UNREACHABLE_AFTER_MS = 10_000;
const KEPT_CHECK_MS = 50;

/** A number that changes often, read by the one component that shows it (not a render of the whole editor). */
export interface Count {
  get: () => number;
  subscribe: (listener: () => void) => () => void;
}
function counter(): Count & { set: (n: number) => void } {
  let n = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => n,
    set(next) {
      if (next === n) return;
      n = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const samePeers = (a: Peer[], b: Peer[]) =>
  a.length === b.length &&
  a.every((p, i) => p.clientId === b[i]!.clientId && p.name === b[i]!.name && p.color === b[i]!.color);

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/** The deletions of `ds` that `stored` does not hold (both sorted and merged, as Yjs makes them). */
function notIn(ds: DeleteSet, stored: DeleteSet): DeleteSet {
  const left = Y.createDeleteSet();
  ds.clients.forEach((items, client) => {
    const have = stored.clients.get(client) ?? [];
    const rest = items.filter((d) => !have.some((h) => h.clock <= d.clock && d.clock + d.len <= h.clock + h.len));
    if (rest.length) left.clients.set(client, rest);
  });
  return left;
}

/**
 * Whether the server has stored everything this browser holds: each client's changes up to its
 * clock, and the deletions made here (a deletion leaves the state vector as it was, so "select and
 * delete" would otherwise read as stored at once).
 */
function covered(doc: Y.Doc, storedVector: Map<number, number> | null, unstoredDeletions: DeleteSet) {
  if (!storedVector || unstoredDeletions.clients.size) return false;
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc)))
    if ((storedVector.get(client) ?? 0) < clock) return false;
  return true;
}

/**
 * The story as a shared document: kept in this browser's IndexedDB as every change is made (so a
 * crash or an hour offline loses nothing), synced with the server and everyone else who has it
 * open, and stored by the server. The status says what the server has stored, never more.
 */
export function useSharedStory(opts: { articleId: string; lineage: string; user: { id: string; name: string } }) {
  const { articleId, lineage, user } = opts;
  const [session, setSession] = useState<{ doc: Y.Doc; provider: HocuspocusProvider } | null>(null);
  const [ready, setReady] = useState(false);
  const [fields, setFields] = useState<PanelFields | null>(null);
  const [rescued, setRescued] = useState<SharedFields | null>(null);
  const [readOnly, setReadOnly] = useState(false);
  // What the server has stored, and whether that is everything: a store read by the parts that
  // show it (save-status.ts), so its turns with every store render those parts, not the editor.
  const [status] = useState(saveStatusStore);
  const [peers, setPeers] = useState<Peer[]>([]);
  // Some networks (proxies, firewalls) let pages through but never a WebSocket.
  const [unreachable, setUnreachable] = useState(false);
  // These change with every key, so they are stores read where they are shown (the indicator, the
  // leave guard), never state of the editor: a render of the whole editor per key slows typing.
  // How many changes made here wait for the server's acknowledgement.
  const [pending] = useState(counter);
  // What the server has stored as of now, not as of the last render, and who waits for it to
  // hold everything typed here (a move reads the stored story: see whenStored).
  const storedNow = useRef<Map<number, number> | null>(null);
  // Deletions made here that no "stored" message has covered yet.
  const unstoredDeletions = useRef<DeleteSet>(Y.createDeleteSet());
  const storedWaiters = useRef(new Set<() => void>());
  // 1 while a change is typed but not yet written to this device's copy (IndexedDB writes are
  // asynchronous: "kept on this device" is said only once they are done), else 0.
  const [behind] = useState(counter);
  const everConnected = useRef(false);
  const persistenceRef = useRef<IndexeddbPersistence | null>(null);
  // The caret in a text field someone else just changed, put back where it belongs once React has
  // written the new value (which would otherwise send it to the end, mid-word).
  const caret = useRef<{
    el: HTMLInputElement | HTMLTextAreaElement;
    value: string;
    start: number;
    end: number;
  } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let persistence: IndexeddbPersistence | null = null;
    let provider: HocuspocusProvider | null = null;
    let doc = new Y.Doc();
    let removeOnline = () => {};
    // The server turned this connection away (its session ended, or the story closed to this person).
    let refused = false;
    // Whether the server's copy held everything this one did, as of the last change to either.
    let wasCovered: boolean | null = null;
    unstoredDeletions.current = Y.createDeleteSet();
    storedNow.current = null;
    const recheck = () => {
      const now = covered(doc, storedNow.current, unstoredDeletions.current);
      if (now === wasCovered) return;
      wasCovered = now;
      status.set({ allStored: now });
    };
    (async () => {
      persistence = new IndexeddbPersistence(storeName(articleId), doc);
      await persistence.whenSynced;
      const local = metaMap(doc).get("lineage");
      if (local && local !== lineage) {
        // A copy of an earlier document of this story (rebuilt on the server since): merging it would
        // duplicate the text. Its content is offered back instead, and the copy is replaced.
        setRescued(fieldsOf(doc));
        await persistence.clearData();
        doc.destroy();
        doc = new Y.Doc();
        persistence = new IndexeddbPersistence(storeName(articleId), doc);
        await persistence.whenSynced;
      }
      if (cancelled) return;
      const hadCopy = metaMap(doc).get("lineage") === lineage;
      const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${COLLAB_PATH}`;
      provider = new HocuspocusProvider({
        url,
        // Reconnect attempts back off to at most a few seconds apart: work typed offline goes up soon
        // after the network returns (and at once on the browser's "online" event, below).
        ...({ maxDelay: 4000 } as object),
        name: articleId,
        document: doc,
        // The session cookie authenticates the connection; the token only asks the server to check it.
        token: "session",
        onStatus: ({ status: connection }) => {
          if (connection === "connected") everConnected.current = true;
          status.set({ connected: connection === "connected" });
        },
        onSynced: () => setReady(true),
        onUnsyncedChanges: ({ number }) => pending.set(number),
        onAuthenticated: ({ scope }) => {
          refused = false;
          status.set({ serverError: null });
          setReadOnly(scope === "readonly");
        },
        // The server gives no reason (a stranger must learn nothing): the session ended, or the
        // story is no longer open to this person.
        onAuthenticationFailed: () => {
          refused = true;
          status.set({
            serverError:
              "this story is not open to you now, or your session has ended: sign in again in another tab. Your changes are kept on this device and go to the server as soon as you do.",
          });
        },
        onStateless: ({ payload }) => {
          const m = parseCollabMessage(payload);
          if (!m) return;
          if (m.type === "stored") {
            const snapshot = Y.decodeSnapshot(Uint8Array.from(atob(m.snapshot), (c) => c.charCodeAt(0)));
            storedNow.current = snapshot.sv;
            unstoredDeletions.current = notIn(unstoredDeletions.current, snapshot.ds);
            for (const waiter of [...storedWaiters.current]) waiter();
            recheck();
            status.set({ stored: { at: m.at, errors: m.errors }, serverError: null });
          } else if (m.type === "access") setReadOnly(m.readOnly);
          else {
            if (m.type === "closed") refused = true;
            status.set({ serverError: m.message });
          }
        },
      });
      provider.awareness?.setLocalStateField("user", { name: user.name, color: colorFor(user.id), id: user.id });
      provider.awareness?.on("change", (_changes: unknown, origin: unknown) => {
        // This browser's own caret moves with every key; it changes nobody's list.
        if (origin === "local") return;
        const states = provider?.awareness?.getStates() ?? new Map();
        const list: Peer[] = [];
        states.forEach((s, clientId) => {
          const u = (s as { user?: { name?: string; color?: string; id?: string } }).user;
          if (clientId !== doc.clientID && u?.name && u.id !== user.id)
            list.push({ clientId, name: u.name, color: u.color ?? "#555" });
        });
        // The local caret moves with every key, and each move is an awareness change: the list is
        // set only when it is another list.
        setPeers((was) => (samePeers(was, list) ? was : list));
      });
      // Read in the same event as the keystroke that made the change: a controlled input shown a
      // value one render late would drop the next character typed. A change to the body alone
      // (most keys) renders nothing here: the editor shows it itself.
      let shown: PanelFields | null = null;
      const follow = (_update?: Uint8Array, origin?: unknown) => {
        const next = panelFieldsOf(doc);
        const before = shown;
        recheck();
        if (before && samePanelFields(before, next)) return;
        shown = next;
        const remoteText = origin !== "local" && before && TEXT_FIELDS.some((k) => next[k] !== before[k]);
        if (!remoteText) {
          setFields(next);
          return;
        }
        // Someone else changed a text field: the field shows it before the next key is handled (a
        // key typed into the old value would be taken as deleting their change), and the caret of
        // the field being typed in stays with the text around it.
        const el = document.activeElement;
        const key = el?.id.replace(/^article-/, "") as TextField | undefined;
        if (
          (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) &&
          key &&
          (TEXT_FIELDS as readonly string[]).includes(key) &&
          next[key] !== el.value
        )
          caret.current = {
            el,
            value: next[key],
            start: mapCaret(el.value, next[key], el.selectionStart ?? 0),
            end: mapCaret(el.value, next[key], el.selectionEnd ?? 0),
          };
        flushSync(() => setFields(next));
      };
      // Recorded before "update" handlers run (Yjs sends afterTransaction first), so follow's
      // check already counts a deletion just made.
      doc.on("afterTransaction", (tr: Y.Transaction) => {
        if (tr.local && tr.deleteSet.clients.size)
          unstoredDeletions.current = Y.mergeDeleteSets([unstoredDeletions.current, tr.deleteSet]);
      });
      doc.on("update", follow);
      follow();
      // y-indexeddb writes each change in a read-write transaction of its own; a read-only one on
      // the same store, opened after it, completes only once that write (and every earlier one)
      // has. One check covers the keys of its moment.
      let written = 0;
      let kept = 0;
      let checkTimer: ReturnType<typeof setTimeout> | null = null;
      const copy = persistence;
      const checkKept = () => {
        checkTimer = null;
        const upTo = written;
        try {
          (copy.db as IDBDatabase).transaction(["updates"], "readonly").oncomplete = () => {
            kept = Math.max(kept, upTo);
            if (kept === written) behind.set(0);
          };
        } catch {
          // The copy was closed (the editor is leaving).
        }
      };
      doc.on("update", (_u: Uint8Array, origin: unknown) => {
        if (!copy.db || origin === copy) return;
        written++;
        behind.set(1);
        checkTimer ??= setTimeout(checkKept, KEPT_CHECK_MS);
      });
      // A dropped network can leave a socket that looks open and carries nothing: it is closed at
      // once (the indicator says offline), and opened again when the network returns.
      const reconnect = () => void provider?.connect();
      const drop = () => provider?.disconnect();
      window.addEventListener("online", reconnect);
      window.addEventListener("offline", drop);
      // A connection refused for its session is only tried again on a new socket, which carries
      // the new session's cookie: at once when this browser signs in again, or when the person
      // comes back to this tab (having signed in somewhere the signal does not reach).
      const retry = () => {
        if (!refused || !provider) return;
        const socket = provider.configuration.websocketProvider;
        if (socket.status !== "connected") return void socket.connect();
        const again = () => {
          socket.off("disconnect", again);
          void socket.connect();
        };
        socket.on("disconnect", again);
        socket.disconnect();
      };
      const stopListening = onSignedIn(retry);
      window.addEventListener("focus", retry);
      removeOnline = () => {
        stopListening();
        window.removeEventListener("focus", retry);
        window.removeEventListener("online", reconnect);
        window.removeEventListener("offline", drop);
        if (checkTimer) clearTimeout(checkTimer);
      };
      // With a copy of this document on this device, work can go on offline; a first open waits for the server.
      if (hadCopy) setReady(true);
      persistenceRef.current = persistence;
      status.set({ open: true });
      setSession({ doc, provider });
      setTimeout(() => {
        if (!cancelled && !everConnected.current && navigator.onLine) setUnreachable(true);
      }, UNREACHABLE_AFTER_MS);
    })();
    return () => {
      cancelled = true;
      removeOnline();
      provider?.destroy();
      void persistence?.destroy();
      doc.destroy();
    };
  }, [articleId, lineage, user.id, user.name, pending, behind, status]);

  useLayoutEffect(() => {
    const c = caret.current;
    caret.current = null;
    if (c && document.activeElement === c.el && c.el.value === c.value) c.el.setSelectionRange(c.start, c.end);
  }, [fields]);

  /**
   * Resolves true once the server has stored everything this browser holds, false after `ms`. A
   * publish, submit or Update reads the stored story: asked a moment after a key (before the
   * status shows "Saving…"), it waits for that key instead of acting on the story without it.
   */
  const whenStored = useCallback(
    (ms = 15_000) =>
      new Promise<boolean>((resolve) => {
        const doc = session?.doc;
        if (!doc) return resolve(false);
        const done = (ok: boolean) => {
          clearTimeout(timer);
          storedWaiters.current.delete(check);
          resolve(ok);
        };
        const check = () => {
          if (covered(doc, storedNow.current, unstoredDeletions.current)) done(true);
        };
        const timer = setTimeout(() => done(false), ms);
        storedWaiters.current.add(check);
        check();
      }),
    [session],
  );

  /** Sets a field; given a function, it gets the field as the document has it now (not as last shown). */
  const set = useCallback(
    <K extends keyof PanelFields>(key: K, value: PanelFields[K] | ((now: PanelFields[K]) => PanelFields[K])) => {
      const doc = session?.doc;
      if (!doc) return;
      doc.transact(
        () => setField(doc, key, typeof value === "function" ? value(panelFieldsOf(doc)[key]) : value),
        "local",
      );
    },
    [session],
  );

  /** Puts `f` into the story as one change (a rescued copy, described images). */
  const apply = useCallback(
    (f: Partial<SharedFields>) => {
      if (session) applyFields(session.doc, f, "local");
    },
    [session],
  );

  /** Forgets this device's copy (after the text went to the server by another route). */
  const forgetLocalCopy = useCallback(async () => {
    await persistenceRef.current?.clearData();
  }, []);

  return {
    session,
    ready,
    fields,
    set,
    apply,
    /** What the server has stored (save-status.ts): read with useSaveStatus where it is shown. */
    status: status as SaveStatusStore,
    readOnly,
    peers,
    rescued,
    dismissRescued: () => setRescued(null),
    unreachable,
    forgetLocalCopy,
    /** Changes made here the server has not acknowledged (known while this page has been open). */
    pending: pending as Count,
    /** 1 while this device's copy lacks a change typed here, else 0. */
    behind: behind as Count,
    whenStored,
  };
}
