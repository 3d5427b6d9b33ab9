import { describe, expect, it } from "vitest";
import { saveStatusStore } from "./save-status";

describe("the editor's save status", () => {
  it("says saved only once the connection is open and the server holds everything", () => {
    const store = saveStatusStore();
    expect(store.get()).toEqual({ kind: "offline" });
    store.set({ open: true, connected: true });
    expect(store.get()).toEqual({ kind: "saving" });
    store.set({ allStored: true, stored: { at: "2026-12-08T02:00:00.000Z", errors: {} } });
    expect(store.get()).toEqual({ kind: "saved", at: "2026-12-08T02:00:00.000Z" });
    store.set({ allStored: false });
    expect(store.get()).toEqual({ kind: "saving" });
    store.set({ connected: false });
    expect(store.get()).toEqual({ kind: "offline" });
    store.set({ serverError: "the story closed" });
    expect(store.get()).toEqual({ kind: "error", message: "the story closed" });
  });

  it("tells its readers only when what it says changes", () => {
    const store = saveStatusStore();
    let told = 0;
    store.subscribe(() => told++);
    store.set({ open: true, connected: true });
    expect(told).toBe(1);
    // A change of parts that leaves the status as it was (still saving) tells nobody.
    store.set({ stored: null, serverError: null });
    expect(told).toBe(1);
    store.set({ allStored: true, stored: { at: "a", errors: {} } });
    expect(told).toBe(2);
    store.set({ allStored: true });
    expect(told).toBe(2);
  });

  it("keeps the same errors object while the server finds the same fields wrong", () => {
    const store = saveStatusStore();
    store.set({ open: true, connected: true, allStored: true, stored: { at: "a", errors: { title: "Required." } } });
    const first = store.errors();
    expect(store.get()).toEqual({ kind: "invalid", errors: { title: "Required." } });
    let told = 0;
    store.subscribe(() => told++);
    store.set({ stored: { at: "a", errors: { title: "Required." } } });
    expect(store.errors()).toBe(first);
    expect(told).toBe(0);
    // Marks stay while the next store is on its way, and go once the server finds nothing wrong.
    store.set({ allStored: false });
    expect(store.errors()).toBe(first);
    store.set({ allStored: true, stored: { at: "b", errors: {} } });
    expect(store.errors()).toEqual({});
    expect(store.get()).toEqual({ kind: "saved", at: "b" });
  });
});
