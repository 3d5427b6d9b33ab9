// Types for the cache handler Next loads as plain JavaScript (next-cache-handler.mjs).
export default class BroadsheetCacheHandler {
  constructor(ctx: {
    fs: unknown;
    serverDistDir: string;
    flushToDisk: boolean;
    revalidatedTags: string[];
    maxMemoryCacheSize?: number;
  });
  get(key: string, ctx: object): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: object | null, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
