// What the co-editing server and the desk's browsers say to each other besides the Yjs sync
// itself (Hocuspocus "stateless" messages, JSON).

/** The WebSocket path on the site's own origin. */
export const COLLAB_PATH = "/admin/collab";

export type CollabMessage =
  /**
   * The document was stored: `vector` is its Yjs state vector then and `snapshot` its Yjs snapshot
   * (state vector and deletions; both base64), `errors` the fields kept back.
   */
  | { type: "stored"; at: string; vector: string; snapshot: string; errors: Record<string, string> }
  /** The right to edit changed while the story was open. */
  | { type: "access"; readOnly: boolean }
  /** The server could not store the document. */
  | { type: "error"; message: string }
  /** The connection is being closed: the session ended or the story is no longer open to this person. */
  | { type: "closed"; message: string };

export function parseCollabMessage(payload: string): CollabMessage | null {
  try {
    const m = JSON.parse(payload) as CollabMessage;
    return m && typeof m === "object" && typeof m.type === "string" ? m : null;
  } catch {
    return null;
  }
}
