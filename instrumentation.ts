// Runs once when a server instance starts: starts the scheduler that publishes scheduled
// articles on time with nobody present, catching up at once after downtime.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("./lib/articles/scheduler");
  startScheduler();
}
