import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";

export type DatabaseProvider = "sqlite" | "postgresql";

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

const providers = new WeakMap<object, DatabaseProvider>();

/**
 * Plain factory, usable from scripts and tests; the app uses the singleton in lib/db/index.ts.
 * A `postgresql://` URL gets the PostgreSQL client, anything else SQLite.
 */
export function createPrismaClient(url: string): PrismaClient {
  if (isPostgresUrl(url)) {
    // Both clients are generated from the same models (prisma/postgresql/schema.prisma is written from
    // prisma/schema.prisma), so their APIs agree; only the provider differs. The app is typed
    // against the SQLite one.
    const client = new PostgresPrismaClient({
      adapter: new PrismaPg({ connectionString: url }),
    }) as unknown as PrismaClient;
    providers.set(client, "postgresql");
    return client;
  }
  const client = new PrismaClient({ adapter: sqliteAdapter(url) });
  providers.set(client, "sqlite");
  return client;
}

// Reads in a large archive touch many pages: a bigger page cache, and reads straight from the
// operating system's file cache (mmap) rather than one system call per page.
const SQLITE_PRAGMAS = "PRAGMA cache_size = -32000; PRAGMA mmap_size = 1073741824;";

function sqliteAdapter(url: string) {
  // A busy timeout lets concurrent writers wait for SQLite's single write lock instead of failing.
  const factory = new PrismaBetterSQLite3({ url, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  };
  return factory;
}

/** Which database a client made by createPrismaClient talks to (for provider-specific SQL). */
export function databaseProvider(db: PrismaClient): DatabaseProvider {
  // Interactive-transaction clients are other objects; Prisma keeps the provider on them too.
  const known = providers.get(db) ?? (db as unknown as { _activeProvider?: string })._activeProvider;
  return known === "postgresql" ? "postgresql" : "sqlite";
}

export type { PrismaClient };
