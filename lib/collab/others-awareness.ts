import type { Awareness } from "y-protocols/awareness";

type Listener = (changes: unknown, origin: unknown) => void;

/**
 * The awareness as the carets extension reads it: everyone's states, this browser's own to set,
 * and events for other people's changes only. The extension redraws every caret on each change
 * and draws only other people's; this browser's own caret moves with every key, and following
 * those moves cost a whole editor update per key on a long story.
 */
export function othersOnly(awareness: Awareness) {
  const wrapped = new Map<Listener, Listener>();
  return {
    get clientID() {
      return awareness.clientID;
    },
    get states() {
      return awareness.states;
    },
    getStates: () => awareness.getStates(),
    getLocalState: () => awareness.getLocalState(),
    setLocalState: (state: Parameters<Awareness["setLocalState"]>[0]) => awareness.setLocalState(state),
    setLocalStateField: (field: string, value: unknown) => awareness.setLocalStateField(field, value),
    on(event: "change" | "update", listener: Listener) {
      const others: Listener = (changes, origin) => {
        if (origin !== "local") listener(changes, origin);
      };
      wrapped.set(listener, others);
      awareness.on(event, others);
    },
    off(event: "change" | "update", listener: Listener) {
      const others = wrapped.get(listener);
      if (!others) return;
      wrapped.delete(listener);
      awareness.off(event, others);
    },
  };
}
