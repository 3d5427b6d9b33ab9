// Relative: next.config.ts imports this file, and its loader knows no path aliases.
import { MAX_UPLOAD_BYTES } from "../media/limits";

// How much a request may carry, in one place for next.config.ts and the server's front door.

/** Server actions carry form fields and the editor's document, never files (those go to /api/media). */
export const ACTION_BODY_BYTES = 1024 * 1024;

/**
 * The largest body any route takes is an image upload (checked again as it streams, with its own
 * message); a request declaring much more is refused before any handler reads a byte of it.
 */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;
