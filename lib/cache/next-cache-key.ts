import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// Next's data cache (the dist dir's cache/fetch-cache) and its page cache (pages and route
// responses prerendered under server/app by the build, and written under server/route-cache on
// each render and regeneration) are filled from one
// database under one origin, and neither is keyed by them. A server therefore records what its
// caches were filled under, and on start discards them when that differs: another origin (a build
// made under another SITE_URL or port), another database, or this database after a reseed or a
// restore (a new epoch, lib/cache/database-epoch.ts). What is discarded is rendered again on the
// first request, from this database under this origin.

export interface CacheKey {
  /** The public origin pages name (SITE_URL, or the default from the port). */
  origin: string;
  /** Where the database is (DATABASE_URL). */
  database: string;
  /** The database's epoch. */
  epoch: string;
}

export const cacheKeyFile = (distDir: string) => path.join(distDir, "broadsheet-cache-key.json");

// Outputs of rendering, not of compiling: Next writes them again when they are missing.
const RENDERED = /\.(html|rsc|meta|body)$/;
// The last-resort error page is static and reads no data: kept, so it is there even if rendering fails.
const KEEP = /^_global-error\b/;

function readKey(distDir: string): CacheKey | undefined {
  try {
    return JSON.parse(readFileSync(cacheKeyFile(distDir), "utf8")) as CacheKey;
  } catch {
    return undefined;
  }
}

const sameKey = (a: CacheKey | undefined, b: CacheKey) =>
  !!a && a.origin === b.origin && a.database === b.database && a.epoch === b.epoch;

function removeRendered(dir: string): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (KEEP.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name.endsWith(".segments")) {
      rmSync(full, { recursive: true, force: true });
      removed++;
    } else if (entry.isDirectory()) {
      removed += removeRendered(full);
    } else if (RENDERED.test(entry.name)) {
      rmSync(full, { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * Discards the build's cached data and pages unless they were filled under `key`, then records
 * `key`. Call before Next starts serving from `distDir`. Returns whether anything was discarded.
 */
export function discardForeignCaches(distDir: string, key: CacheKey): boolean {
  if (sameKey(readKey(distDir), key)) return false;
  for (const cache of ["fetch-cache", "images"])
    rmSync(path.join(distDir, "cache", cache), { recursive: true, force: true });
  rmSync(path.join(distDir, "server", "route-cache"), { recursive: true, force: true });
  removeRendered(path.join(distDir, "server", "app"));
  writeFileSync(cacheKeyFile(distDir), `${JSON.stringify(key)}\n`);
  return true;
}
