import { AsyncLocalStorage } from "node:async_hooks";

// The meeting point of the page cache (server.ts) and Next's data cache (next-cache-handler.mjs),
// which Next loads as a separate module in the same process: both find it on globalThis.
// While a request renders, the cache handler reports every cache tag the render reads; when a
// desk action revalidates tags, it reports those too.

export interface RenderTrace {
  tags: Set<string>;
  /** A cached read past its lifetime was used: the page may be out of date, so it is not kept. */
  stale: boolean;
}

export interface CacheBus {
  observe(tags: Iterable<string>): void;
  markStale(): void;
  revalidated(tags: string[]): Promise<void>;
}

const KEY = Symbol.for("broadsheet.page-cache.bus");

export function installBus(bus: CacheBus) {
  (globalThis as Record<symbol, unknown>)[KEY] = bus;
}

/** A bus whose render traces follow each request through async calls. */
export function traceBus(onRevalidated: (tags: string[]) => Promise<void>) {
  const traces = new AsyncLocalStorage<RenderTrace>();
  const bus: CacheBus = {
    observe(tags) {
      const trace = traces.getStore();
      if (trace) for (const t of tags) trace.tags.add(t);
    },
    markStale() {
      const trace = traces.getStore();
      if (trace) trace.stale = true;
    },
    revalidated: onRevalidated,
  };
  return {
    bus,
    /** Runs `fn` with a fresh trace that the cache handler fills in. */
    trace<T>(fn: (trace: RenderTrace) => T): T {
      const trace: RenderTrace = { tags: new Set(), stale: false };
      return traces.run(trace, () => fn(trace));
    },
  };
}
