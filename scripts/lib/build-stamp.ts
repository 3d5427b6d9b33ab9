import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// A fingerprint of everything `next build` reads, so `npm start` rebuilds only when sources change.
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "lib/page-cache/next-cache-handler.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["node_modules", "generated", ".next"]);

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .filter((name) => !SKIP.has(name))
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

export function sourceHash(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((i) => files(path.join(root, i)))) {
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export const stampFile = (distDir: string) => path.join(distDir, "broadsheet-source-hash");

export function buildIsCurrent(distDir: string, hash: string): boolean {
  return (
    existsSync(path.join(distDir, "BUILD_ID")) &&
    existsSync(stampFile(distDir)) &&
    readFileSync(stampFile(distDir), "utf8") === hash
  );
}
