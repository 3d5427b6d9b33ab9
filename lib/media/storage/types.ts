// The one small interface every media store implements. Keys are relative, slash-separated
// paths made of lower-case letters, digits, dots, dashes and underscores (see `isValidKey`).
//
// Today: the local filesystem (./local.ts). An S3-compatible bucket implements the same five
// methods (PutObject, GetObject, HeadObject, DeleteObject, ListObjectsV2 + DeleteObjects under a
// prefix); README.md ("Media storage") describes how it is configured.
export interface MediaStorage {
  /** Stores bytes under a key, replacing what was there. Readers never see a partly written file. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The bytes under a key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  /** Removes a key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Removes every key under `prefix/`. */
  deletePrefix(prefix: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

export function isValidKey(key: string): boolean {
  return key.length <= 512 && KEY.test(key) && !key.split("/").some((part) => part === "." || part === "..");
}

export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new Error(`Invalid media storage key: ${JSON.stringify(key)}`);
}
