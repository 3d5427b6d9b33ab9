// npm run user:password -- --email E
// Sets a user's password, read from standard input (prompting without echo on a terminal).
// Every existing session of the user ends.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { normaliseEmail } from "@/lib/auth/authenticate";
import { setPassword } from "@/lib/users/accounts";
import { UserError } from "@/lib/errors";
import { databaseUrl, ensureMigrated } from "./lib/database";
import { readPassword } from "./lib/read-password";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" } } });
  if (!values.email) throw new UserError("Usage: npm run user:password -- --email E");
  const password = await readPassword(`New password for ${values.email}: `);
  ensureMigrated();
  const db = createPrismaClient(databaseUrl());
  try {
    const user = await db.user.findUnique({ where: { email: normaliseEmail(values.email) } });
    if (!user) throw new UserError(`No user has the email address ${values.email}.`);
    await setPassword(db, user.id, password, null);
    console.log(`Password changed for ${user.email}; their existing sessions have ended.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e instanceof UserError ? `Error: ${e.message}` : e);
  process.exit(1);
});
