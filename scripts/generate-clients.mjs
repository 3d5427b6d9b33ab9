// `postinstall`: generates both Prisma clients into lib/generated/ (git-ignored): prisma/ for
// SQLite and prisma-pg/ for PostgreSQL. prisma.config.ts picks the schema from DATABASE_URL, and
// `prisma generate` only needs a URL of the right kind, not a running database.
import { spawnSync } from "node:child_process";
import path from "node:path";

const prisma = path.join("node_modules", ".bin", "prisma");
for (const url of ["file:./data/broadsheet.db", "postgresql://localhost/generate"]) {
  const result = spawnSync(prisma, ["generate"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
