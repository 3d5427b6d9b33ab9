// A desk tab whose session ended keeps its changes on the device. When the person signs in again in
// another tab, the login form says so here, and every open editor sends what it kept at once,
// instead of waiting for a reload or the next key.

const CHANNEL = "broadsheet:signed-in";

/** Tells the browser's other desk tabs that a session has just begun. */
export function announceSignedIn() {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage("signed-in");
  // Closed once the message is on its way, not in the same task that sends it.
  setTimeout(() => channel.close(), 1000);
}

/** Calls `listener` whenever another tab of this browser signs in; returns the unsubscribe. */
export function onSignedIn(listener: () => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
