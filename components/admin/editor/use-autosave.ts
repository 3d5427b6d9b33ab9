"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { editingFields, type EditableArticle } from "@/lib/articles/editable";
import type { ArticleFields } from "@/lib/articles/fields";
import { clearLocalCopy, writeLocalCopy } from "./local-copy";

export const AUTOSAVE_DELAY_MS = 800;
/** Typing that never pauses still reaches the server this soon after the first unsaved change. */
export const AUTOSAVE_MAX_WAIT_MS = 1000;
const RETRY_MS = 5000;

/** A pause in typing, but never past the maximum wait since the oldest unsaved change. */
const saveDelay = (dirtySince: { current: number | null }) =>
  Math.max(0, Math.min(AUTOSAVE_DELAY_MS, (dirtySince.current ?? Date.now()) + AUTOSAVE_MAX_WAIT_MS - Date.now()));

export type SaveResponse =
  | { ok: true; article: EditableArticle }
  | { ok: false; kind: "conflict"; current: EditableArticle }
  | { ok: false; kind: "invalid"; errors?: Partial<Record<keyof ArticleFields, string>>; message?: string }
  | { ok: false; kind: string; message?: string };

export type SaveStatus =
  | { kind: "saved"; at: string | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "offline" }
  | { kind: "invalid"; errors: Partial<Record<keyof ArticleFields, string>>; message?: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; current: EditableArticle };

/**
 * Saves `fields` after a pause of AUTOSAVE_DELAY_MS, and at the latest AUTOSAVE_MAX_WAIT_MS after
 * the first unsaved change however fast the typing, with the version it was based on; keeps a
 * local copy until the server has it; retries when the connection returns.
 */
export function useAutosave(
  articleId: string,
  initialVersion: number,
  fields: ArticleFields,
  save: (baseVersion: number, fields: ArticleFields) => Promise<SaveResponse>,
  onSaved: (a: EditableArticle) => void,
) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: null });
  const version = useRef(initialVersion);
  const lastSaved = useRef(JSON.stringify(fields));
  const latest = useRef(fields);
  const inFlight = useRef(false);
  const paused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // When the oldest change the server does not have yet was made.
  const dirtySince = useRef<number | null>(null);
  // Retries and follow-up saves call the newest flush through this ref.
  const flushRef = useRef<() => Promise<void>>(async () => {});
  useEffect(() => {
    latest.current = fields;
  }, [fields]);

  const flush = useCallback(async (): Promise<void> => {
    if (inFlight.current || paused.current) return;
    const sending = latest.current;
    const json = JSON.stringify(sending);
    if (json === lastSaved.current) return;
    inFlight.current = true;
    dirtySince.current = null;
    setStatus({ kind: "saving" });
    let result: SaveResponse;
    try {
      result = await save(version.current, sending);
    } catch {
      inFlight.current = false;
      dirtySince.current ??= Date.now();
      setStatus({ kind: "offline" });
      timer.current = setTimeout(() => void flushRef.current(), RETRY_MS);
      return;
    }
    inFlight.current = false;
    if (result.ok) {
      version.current = result.article.version;
      lastSaved.current = json;
      onSaved(result.article);
      if (JSON.stringify(latest.current) === json) {
        clearLocalCopy(articleId);
        setStatus({ kind: "saved", at: new Date().toISOString() });
      } else {
        setStatus({ kind: "dirty" });
        timer.current = setTimeout(() => void flushRef.current(), saveDelay(dirtySince));
      }
    } else if (result.kind === "conflict" && "current" in result) {
      paused.current = true;
      setStatus({ kind: "conflict", current: result.current });
    } else if (result.kind === "invalid") {
      setStatus({
        kind: "invalid",
        errors: ("errors" in result && result.errors) || {},
        message: "message" in result ? result.message : undefined,
      });
    } else {
      setStatus({
        kind: "error",
        message: ("message" in result && result.message) || "The article could not be saved.",
      });
    }
  }, [articleId, onSaved, save]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // Every change: keep a local copy at once, save after a pause in typing.
  useEffect(() => {
    const json = JSON.stringify(fields);
    if (json === lastSaved.current) return;
    writeLocalCopy(articleId, { baseVersion: version.current, fields, at: new Date().toISOString() });
    if (paused.current) return;
    setStatus((s) => (s.kind === "saving" ? s : { kind: "dirty" }));
    dirtySince.current ??= Date.now();
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), saveDelay(dirtySince));
  }, [articleId, fields, flush]);

  useEffect(() => {
    const online = () => void flush();
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (JSON.stringify(latest.current) !== lastSaved.current) e.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", beforeUnload);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  /** After a conflict: carry on from `base` (theirs), either adopting it or saving mine over it. */
  const resolve = useCallback(
    (base: EditableArticle, keepMine: boolean) => {
      version.current = base.version;
      paused.current = false;
      if (keepMine) {
        setStatus({ kind: "dirty" });
        void flush();
      } else {
        lastSaved.current = JSON.stringify(editingFields(base));
        clearLocalCopy(articleId);
        setStatus({ kind: "saved", at: base.updatedAt });
      }
    },
    [articleId, flush],
  );

  /** A status change on the server bumped the version without changing the fields. */
  const rebase = useCallback((a: EditableArticle) => {
    version.current = a.version;
  }, []);

  /** Whether the server has exactly these fields (nothing waiting to be saved). */
  const isSaved = useCallback((f: ArticleFields) => JSON.stringify(f) === lastSaved.current, []);

  return { status, resolve, rebase, isSaved, saveNow: flush, version };
}
