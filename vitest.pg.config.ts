import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// `npm run test:pg`: the unit tests against PostgreSQL. DATABASE_URL names a server on which the
// tests may create and drop databases (each test file gets a fresh one; lib/testing/temp-db.ts).
const server = process.env.DATABASE_URL ?? "";
if (!/^postgres(ql)?:\/\//.test(server))
  throw new Error("test:pg needs DATABASE_URL=postgresql://… (a server the tests may create databases on)");

export default mergeConfig(
  base,
  defineConfig({
    test: {
      env: { TEST_DATABASE_URL: server },
      // SQLite-only checks (query plans) have no PostgreSQL counterpart to run.
      exclude: ["**/node_modules/**", "**/*.sqlite.test.ts"],
    },
  }),
);
