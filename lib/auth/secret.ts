import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILE = path.join(process.cwd(), "data", "auth-secret");

/**
 * The key that signs session cookies: NEXTAUTH_SECRET when set (required when several instances
 * serve the site), otherwise one generated on first use into data/ and reused, so that
 * `npm start` works with no configuration.
 */
export function authSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  try {
    return readFileSync(FILE, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(FILE), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      // "wx" fails if another process wrote it first; then use theirs.
      writeFileSync(FILE, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return readFileSync(FILE, "utf8").trim();
    }
  }
}
