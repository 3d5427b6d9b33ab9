import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  actorId?: string | null;
  ip?: string | null;
  meta?: Record<string, unknown>;
}

type Writer = PrismaClient | Prisma.TransactionClient;

/** Appends an entry to the audit trail: who did what to which record, and when. */
export function recordAudit(db: Writer, event: AuditInput) {
  return db.auditEvent.create({
    data: {
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      actorId: event.actorId ?? null,
      ip: event.ip ?? null,
      meta: event.meta ? JSON.stringify(event.meta) : null,
    },
  });
}
