// Upload limits and accepted types, shared by the server pipeline and the desk's upload UI.

/** Largest file accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "20 MB";

/**
 * Largest image accepted, in pixels (width x height), checked from the header before anything
 * is decoded: a small file can declare a gigantic canvas (a "decompression bomb").
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/** Stored originals are scaled down to this longest edge; readers never need more. */
export const MAX_STORED_EDGE = 4096;

/** Avatars are stored as squares of this size. */
export const AVATAR_SIZE = 512;

export const ACCEPTED_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif", "image/gif"] as const;
export const ACCEPTED_LABEL = "JPEG, PNG, WebP, AVIF or GIF";
