// What a person is told when an upload fails on the way, for the desk's upload client. A refusal
// for size can come from something other than the upload route, which says so itself: the
// server's front door, or a proxy in front of the server (nginx takes 1 MB by default), answering
// 413 without the route's message, or cutting the connection while the file is still being sent.
// Either way the person must learn that the file is too large, and what to do; "check your
// connection" is only for a server that cannot be reached at all.

/** Below this, a cut connection is not blamed on the file's size: no server or proxy limit is that small. */
const SMALL_FILE_BYTES = 1024 * 1024;

export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const refusedForSize = (bytes: number) =>
  `This file (${fileSize(bytes)}) is too large for the server to accept: scale it down and try again.`;

/** The server answered, but not with success. `error` is the route's own message, when it gave one. */
export function refusedUpload(status: number, error: unknown, bytes: number): string {
  if (typeof error === "string" && error) return error;
  if (status === 413) return refusedForSize(bytes);
  return `The upload failed (the server answered ${status}). Try again.`;
}

/**
 * The connection failed without an answer. `sending`: the file was still being sent; `reachable`:
 * the server answers other requests, so the connection was cut on purpose, not lost.
 */
export function lostUpload({ sending, reachable, bytes }: { sending: boolean; reachable: boolean; bytes: number }) {
  if (!reachable) return "The upload did not reach the server: check your connection and try again.";
  if (!sending)
    return "The connection was lost while the server was processing the file: look for it in the library before trying again.";
  if (bytes > SMALL_FILE_BYTES)
    return `The server cut the connection while this file (${fileSize(bytes)}) was being sent, as it does with a file too large for it: scale it down and try again.`;
  return "The connection was cut while the file was being sent: try again.";
}
