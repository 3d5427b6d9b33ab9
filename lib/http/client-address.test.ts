import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies, plainAddress, trustedPeer } from "./client-address";

const behind = (setting: string | undefined) => {
  const isTrusted = trustedPeer(parseTrustedProxies(setting));
  return (socket: string | undefined, forwardedFor?: string) => clientAddress(socket, forwardedFor, isTrusted);
};

describe("TRUSTED_PROXIES", () => {
  it("trusts no proxy when unset or empty", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ hops: 0 });
    expect(parseTrustedProxies("  ")).toEqual({ hops: 0 });
  });

  it("takes a count of hops or a list of addresses and ranges", () => {
    expect(parseTrustedProxies("2")).toEqual({ hops: 2 });
    expect(parseTrustedProxies("10.0.0.0/8, 127.0.0.1,::1, fd00::/8")).toEqual({
      ranges: ["10.0.0.0/8", "127.0.0.1", "::1", "fd00::/8"],
    });
  });

  it("refuses what it cannot read", () => {
    expect(() => parseTrustedProxies("nginx")).toThrow(/"nginx" is neither/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/neither/);
    expect(() => parseTrustedProxies("10.0.0.0/8/1")).toThrow(/neither/);
    expect(() => parseTrustedProxies("10.0.0.1,")).toThrow(/neither/);
    expect(() => parseTrustedProxies("99")).toThrow(/at most 16 hops/);
  });
});

describe("clientAddress", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const address = behind(undefined);
    expect(address("203.0.113.9", "198.51.100.1")).toBe("203.0.113.9");
    expect(address("::ffff:203.0.113.9", "198.51.100.1, 192.0.2.7")).toBe("203.0.113.9");
    expect(address(undefined, "198.51.100.1")).toBe("unknown");
  });

  it("behind one proxy, is the entry that proxy appended: the rightmost, not the forged first", () => {
    const address = behind("1");
    expect(address("127.0.0.1", "6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(address("127.0.0.1", "203.0.113.9")).toBe("203.0.113.9");
    // The proxy was bypassed (no header): the peer itself is all there is.
    expect(address("203.0.113.9")).toBe("203.0.113.9");
  });

  it("behind a CDN and nginx, skips both hops", () => {
    const address = behind("2");
    expect(address("127.0.0.1", "6.6.6.6, 203.0.113.9, 192.0.2.50")).toBe("203.0.113.9");
  });

  it("with ranges, walks left only while the peer is inside them", () => {
    const address = behind("127.0.0.1, 10.0.0.0/8");
    expect(address("127.0.0.1", "6.6.6.6, 203.0.113.9, 10.1.2.3")).toBe("203.0.113.9");
    // A peer outside the ranges is the client, and its header is not read.
    expect(address("198.51.100.4", "10.1.2.3")).toBe("198.51.100.4");
    // Everyone on the chain trusted: the farthest entry is the best there is.
    expect(address("127.0.0.1", "10.0.0.1")).toBe("10.0.0.1");
  });

  it("stops at an entry that is not an address, keeping the last one a trusted proxy gave", () => {
    expect(behind("1")("127.0.0.1", "203.0.113.9, <script>")).toBe("127.0.0.1");
    expect(behind("2")("127.0.0.1", "junk, 192.0.2.50")).toBe("192.0.2.50");
  });
});

describe("plainAddress", () => {
  it("drops ports, brackets and the IPv4-in-IPv6 form", () => {
    expect(plainAddress("203.0.113.9:4711")).toBe("203.0.113.9");
    expect(plainAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(plainAddress("::FFFF:203.0.113.9")).toBe("203.0.113.9");
    expect(plainAddress("unknown")).toBeNull();
    expect(plainAddress("")).toBeNull();
  });
});
