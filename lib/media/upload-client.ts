import { mediaErrors } from "./errors";
import { MAX_UPLOAD_BYTES } from "./limits";
import type { PickedImage } from "./types";
import { lostUpload, refusedUpload } from "./upload-failure";

// Browser side of uploads, for the media library page, the media picker and the editor's paste
// and drop handlers.
//
// `uploadFiles(files, onProgress)` sends each file to POST /api/media (two at a time) and
// resolves, once all are settled, to one result per file in the order given:
//   { ok: true, name, image: PickedImage, duplicate }   stored (or already in the library)
//   { ok: false, name, error }                          refused or failed; `error` is for people
// It never rejects. `onProgress` is called whenever a file's state changes, with
//   { index, name, loaded, total, state: "waiting" | "uploading" | "processing" | "done" | "failed", error? }
// ("processing": all bytes sent, the server is checking and re-encoding). XMLHttpRequest, not
// fetch, because only it reports upload progress.

export type UploadState = "waiting" | "uploading" | "processing" | "done" | "failed";

export interface UploadProgress {
  index: number;
  name: string;
  loaded: number;
  total: number;
  state: UploadState;
  error?: string;
}

export type UploadResult =
  { ok: true; name: string; image: PickedImage; duplicate: boolean } | { ok: false; name: string; error: string };

type Sent = { ok: true; body: unknown } | { ok: false; error: string };

/** A refusal the browser can give at once, before sending anything. */
export function precheck(file: File): string | null {
  if (file.size === 0) return mediaErrors.empty().message;
  if (file.size > MAX_UPLOAD_BYTES) return mediaErrors.tooLarge().message;
  return null;
}

/** Whether the server answers at all: tells a connection cut by the server from one that is down. */
const serverReachable = () =>
  fetch("/api/health", { cache: "no-store" }).then(
    () => true,
    () => false,
  );

/** Sends one file's bytes to an upload endpoint; resolves with its JSON answer or the error to show. */
export function sendFile(
  file: File,
  endpoint: string,
  onProgress?: (loaded: number, total: number, sent: boolean) => void,
): Promise<Sent> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${endpoint}?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    let sending = true;
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size, false);
    xhr.upload.onload = () => {
      sending = false;
      onProgress?.(file.size, file.size, true);
    };
    xhr.onerror = () =>
      void serverReachable().then((reachable) =>
        resolve({ ok: false, error: lostUpload({ sending, reachable, bytes: file.size }) }),
      );
    xhr.onload = () => {
      let body: { error?: unknown } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: a proxy or server error page.
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve({ ok: true, body });
      else resolve({ ok: false, error: refusedUpload(xhr.status, body?.error, file.size) });
    };
    xhr.send(file);
  });
}

export async function uploadFiles(
  files: Iterable<File> | ArrayLike<File>,
  onProgress?: (progress: UploadProgress) => void,
  options: { endpoint?: string; concurrency?: number } = {},
): Promise<UploadResult[]> {
  const list = Array.from(files);
  const results: UploadResult[] = new Array(list.length);
  list.forEach((file, index) =>
    onProgress?.({ index, name: file.name, loaded: 0, total: file.size, state: "waiting" }),
  );
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const index = next++;
      const file = list[index]!;
      const report = (p: Omit<UploadProgress, "index" | "name">) => onProgress?.({ index, name: file.name, ...p });
      const refused = precheck(file);
      const sent: Sent = refused
        ? { ok: false, error: refused }
        : await sendFile(file, options.endpoint ?? "/api/media", (loaded, total, done) =>
            report({ loaded, total, state: done ? "processing" : "uploading" }),
          );
      if (sent.ok) {
        const body = sent.body as { image: PickedImage; duplicate: boolean };
        results[index] = { ok: true, name: file.name, image: body.image, duplicate: body.duplicate };
        report({ loaded: file.size, total: file.size, state: "done" });
      } else {
        results[index] = { ok: false, name: file.name, error: sent.error };
        report({ loaded: 0, total: file.size, state: "failed", error: sent.error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 2, list.length) }, worker));
  return results;
}
