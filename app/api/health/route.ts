import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { checkHealth, committedMigrations, migrationsDir } from "@/lib/health/check";

// For load balancers and monitors: 200 when the database answers and every migration is
// applied, 503 otherwise. Never cached.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(db, committedMigrations(migrationsDir(db)));
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
