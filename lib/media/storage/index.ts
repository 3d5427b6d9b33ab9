import { env } from "@/lib/env";
import { LocalMediaStorage } from "./local";
import type { MediaStorage } from "./types";

export type { MediaStorage } from "./types";

let instance: MediaStorage | undefined;

/** The store the environment configures (MEDIA_STORAGE, MEDIA_DIR), one per process. */
export function mediaStorage(): MediaStorage {
  instance ??= createMediaStorage(env.MEDIA_STORAGE, env.MEDIA_DIR);
  return instance;
}

export function createMediaStorage(kind: typeof env.MEDIA_STORAGE, dir: string): MediaStorage {
  switch (kind) {
    case "local":
      return new LocalMediaStorage(dir);
  }
}
