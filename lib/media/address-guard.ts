import { BlockList, isIP } from "node:net";

// Which addresses the server may fetch a pasted image from: public unicast ones only. Anything
// else (the machine itself, the private network, a cloud's metadata service at 169.254.169.254,
// shared carrier space, multicast, documentation and reserved ranges) could make the image import
// a way to read what only the server can reach. Checked on the resolved address, at every
// redirect, and the connection goes to exactly the address checked.

const IPV4_NOT_PUBLIC = [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 included
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // shared carrier-grade NAT space
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation (TEST-NET-1)
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation (TEST-NET-2)
  ["203.0.113.0", 24], // documentation (TEST-NET-3)
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and the broadcast address
] as const;

const IPV6_NOT_PUBLIC = [
  ["::", 96], // unspecified, loopback and the old IPv4-compatible form
  ["::ffff:0:0", 96], // IPv4-mapped: a way to spell any IPv4 address, private ones included
  ["64:ff9b::", 96], // NAT64, which reaches IPv4 addresses through a gateway
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments, Teredo included
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4, which embeds an IPv4 address
  ["3fff::", 20], // documentation
  ["5f00::", 16], // segment routing
  ["fc00::", 7], // unique local (the IPv6 private network)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
] as const;

// Two lists: one list holding ::ffff:0:0/96 would match every IPv4 address too.
const notPublicV4 = new BlockList();
for (const [address, prefix] of IPV4_NOT_PUBLIC) notPublicV4.addSubnet(address, prefix, "ipv4");
const notPublicV6 = new BlockList();
for (const [address, prefix] of IPV6_NOT_PUBLIC) notPublicV6.addSubnet(address, prefix, "ipv6");

/** Whether `address` (an IP address as DNS answers it) is a public unicast address; false for anything else. */
export function isPublicAddress(address: string): boolean {
  // A zone (fe80::1%eth0) names an interface of this machine.
  if (address.includes("%")) return false;
  const version = isIP(address);
  if (version === 0) return false;
  return version === 4 ? !notPublicV4.check(address, "ipv4") : !notPublicV6.check(address, "ipv6");
}
