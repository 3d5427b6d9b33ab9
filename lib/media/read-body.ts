import { mediaErrors } from "./errors";

/**
 * Reads a request body into memory, refusing it (MediaError "too-large") as soon as it passes
 * `limit` bytes: a declared Content-Length over the limit is refused before reading anything,
 * and a body without one (or lying about it) is no longer read once it passes the limit. The
 * stream is let go, not cancelled: cancelling a stream read from the connection can close the
 * connection before the refusal is sent; the server's front door reads and drops the rest within a
 * cap once the answer is out (lib/http/refuse-and-drain.ts).
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw mediaErrors.tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      reader.releaseLock();
      throw mediaErrors.tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
