import "server-only";
import { MAX_UPLOAD_BYTES } from "./limits";

// What the two upload routes (the library's and the avatar's) share in their definitions: the
// body streamed within the upload limit, and the words a refused caller reads in the desk.
export const UPLOAD_ROUTE = {
  body: { limit: MAX_UPLOAD_BYTES },
  unauthenticated: "Your session has ended. Sign in again to upload.",
  forbidden: "You don’t have permission to upload images.",
};
