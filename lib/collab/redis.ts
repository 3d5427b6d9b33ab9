import { Redis } from "@hocuspocus/extension-redis";
import RedisClient from "ioredis";

/** The origin of changes the extension applies from other instances. */
export const REDIS_ORIGIN = "__hocuspocus__redis__origin__";

/**
 * Edits and presence of an open story, shared between server instances through Redis pub/sub.
 * The extension's store lock is left out: an instance that could not take it skipped its store
 * (what its own people typed last could then go unstored). Every instance stores what its own
 * people changed; the article's version settles which store comes first, and the other merges
 * that in and stores again (storeDocument, takeInExternalChange).
 */
export class SharedOverRedis extends Redis {
  constructor(url: string, prefix: string) {
    super({ prefix, createClient: () => new RedisClient(url, { maxRetriesPerRequest: null }) });
  }

  override async onStoreDocument() {}

  override async afterStoreDocument() {}
}
