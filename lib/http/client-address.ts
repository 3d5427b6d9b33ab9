import { BlockList, isIP } from "node:net";

// The client's address, worked out once per request by the server's front door (lib/http/front-door.ts)
// from the socket and, only behind proxies the operator trusts, X-Forwarded-For. Sign-in throttling,
// the audit trail and view counting read it through lib/auth/client-ip.ts.

/** The request header the front door sets, replacing any value a client sent. */
export const CLIENT_ADDRESS_HEADER = "x-broadsheet-client-address";

/**
 * Which proxies may speak for the client: none (the socket's peer is the client), the nearest
 * `hops` (each appends the address it saw to X-Forwarded-For), or any peer inside `ranges`.
 */
export type TrustedProxies = { hops: number } | { ranges: string[] };

const MAX_HOPS = 16;

/** Reads TRUSTED_PROXIES: empty, a count of hops, or a comma-separated list of addresses and CIDR ranges. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (!text) return { hops: 0 };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new Error(`at most ${MAX_HOPS} hops`);
    return { hops };
  }
  const ranges = text.split(",").map((entry) => entry.trim());
  for (const range of ranges) {
    if (!parseRange(range)) throw new Error(`"${range}" is neither an IP address nor a CIDR range`);
  }
  return { ranges };
}

function parseRange(range: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const [address = "", prefixText, ...rest] = range.split("/");
  const version = isIP(address);
  if (!version || rest.length) return null;
  const bits = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return null;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

/** An address as a proxy or the socket writes it, plain: no port, no brackets, no IPv4-in-IPv6 form. */
export function plainAddress(raw: string | undefined): string | null {
  let text = raw?.trim() ?? "";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(text);
  if (v4WithPort) text = v4WithPort[1]!;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  if (mapped) text = mapped[1]!;
  return isIP(text) ? text.toLowerCase() : null;
}

/** Builds the question "is this peer a trusted proxy?" once, for every request to ask. */
export function trustedPeer(trusted: TrustedProxies): (address: string, depth: number) => boolean {
  if ("hops" in trusted) return (_address, depth) => depth < trusted.hops;
  const list = new BlockList();
  for (const range of trusted.ranges) {
    const { address, prefix, family } = parseRange(range)!;
    list.addSubnet(address, prefix, family);
  }
  return (address) => list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address. The chain runs from the socket's peer outwards through X-Forwarded-For read
 * from the right (each proxy appends the address it saw, so only the entries trusted proxies wrote
 * can be believed; anything to their left is whatever the client chose to send). It stops at the
 * first peer that is not trusted, or at an entry that is not an address.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  isTrusted: (address: string, depth: number) => boolean,
): string {
  let client = plainAddress(socketAddress);
  if (!client) return "unknown";
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .reverse();
  for (const [depth, entry] of forwarded.entries()) {
    if (!isTrusted(client, depth)) break;
    const next = plainAddress(entry);
    if (!next) break;
    client = next;
  }
  return client;
}

const SERVING = Symbol.for("broadsheet.clientAddressHeader");

/** Called by the front door: from now on the header is the front door's, never the client's. */
export function markClientAddressHeaderSet(): void {
  (globalThis as Record<symbol, unknown>)[SERVING] = true;
}

/**
 * Whether the header can be believed: only when this process serves through the front door (which
 * overwrites it). Under `next dev` or `next start` a client could send it.
 */
export const clientAddressHeaderIsSet = (): boolean => (globalThis as Record<symbol, unknown>)[SERVING] === true;
