import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Records that `fromPath` now lives at `toPath`, so no published URL ever dies. Earlier redirects
 * to `fromPath` are pointed at `toPath` directly (no chains), and a redirect away from `toPath`
 * is dropped because that URL is live again.
 */
export async function recordRedirect(tx: Prisma.TransactionClient, fromPath: string, toPath: string) {
  if (fromPath === toPath) return;
  await tx.redirect.deleteMany({ where: { fromPath: toPath } });
  await tx.redirect.updateMany({ where: { toPath: fromPath }, data: { toPath } });
  await tx.redirect.upsert({
    where: { fromPath },
    create: { fromPath, toPath, statusCode: 308 },
    update: { toPath, statusCode: 308 },
  });
}
