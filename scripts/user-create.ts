// npm run user:create -- --email E --name N --role ADMIN|EDITOR|AUTHOR|CONTRIBUTOR
// Reads the password from standard input (prompting without echo on a terminal).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { isRole, ROLES } from "@/lib/auth/permissions";
import { createAccount } from "@/lib/users/accounts";
import { UserError } from "@/lib/errors";
import { databaseUrl, ensureMigrated } from "./lib/database";
import { readPassword } from "./lib/read-password";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  if (!values.email || !values.name || !values.role)
    throw new UserError("Usage: npm run user:create -- --email E --name N --role ADMIN|EDITOR|AUTHOR|CONTRIBUTOR");
  const role = values.role.toUpperCase();
  if (!isRole(role)) throw new UserError(`Unknown role "${values.role}". Use one of: ${ROLES.join(", ")}.`);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email))
    throw new UserError(`"${values.email}" is not an email address.`);
  const password = await readPassword(`Password for ${values.email}: `);
  ensureMigrated();
  const db = createPrismaClient(databaseUrl());
  try {
    const user = await createAccount(db, { email: values.email, name: values.name, role, password });
    console.log(`Created ${user.role} ${user.email} (${user.name}).`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e instanceof UserError ? `Error: ${e.message}` : e);
  process.exit(1);
});
