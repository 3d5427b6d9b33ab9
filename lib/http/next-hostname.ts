// The hostname scripts/server.ts gives Next.js (not the address it listens on). Next rewrites a
// loopback host in the URLs its proxy (proxy.ts) sees to "localhost", but compares the proxy's
// rewrites with a URL made from the hostname it was given: started on 127.0.0.1, every rewrite
// (the listings' `?page=N`) looked like another site and was fetched over HTTP from the server
// itself, a second request each time whose listeners pile up on the first one's response
// (vercel/next.js#94745). So Next is told "localhost" for a loopback address, as it says itself.

/** Loopback hosts as Next's own URL class recognises them. */
const LOOPBACK = /^(?:127(?:\.(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)){3}|\[::1\]|::1|localhost)$/i;

export const nextHostname = (host: string) => (LOOPBACK.test(host) ? "localhost" : host);
