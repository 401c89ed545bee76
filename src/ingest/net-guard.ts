import { isIP } from 'node:net';

// Which IP addresses Annals may fetch from. Feeds and pages come from the public internet; a URL (or a
// redirect, or a hostname whose DNS answer points) at a loopback, private, link-local, unique-local,
// CGNAT or unspecified address is refused unless the user allows private addresses, so that an ingest
// cannot be used to reach services on the machine or its network (SSRF).

/** Why the address is not a public unicast address, or null when it is. */
export function nonPublicReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return ipv4Reason(ipv4Octets(bare)!);
  if (family === 6) return ipv6Reason(bare);
  return 'not an IP address';
}

function ipv4Octets(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map(Number);
  return octets.every((o) => Number.isInteger(o) && o >= 0 && o <= 255) ? octets : null;
}

function ipv4Reason([a, b, c]: number[]): string | null {
  a = a!;
  b = b!;
  if (a === 0) return 'an unspecified ("this network") address';
  if (a === 127) return 'a loopback address';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private address';
  if (a === 169 && b === 254) return 'a link-local address';
  if (a === 100 && b >= 64 && b <= 127) return 'a CGNAT (shared address space) address';
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return 'a reserved (IETF or documentation) address';
  if (a === 198 && (b === 18 || b === 19)) return 'a reserved (benchmarking) address';
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'a reserved (documentation) address';
  if (a >= 224 && a <= 239) return 'a multicast address';
  if (a >= 240) return 'a reserved (or broadcast) address';
  return null;
}

/** The eight 16-bit groups of an IPv6 address (embedded dotted IPv4 tail included). */
function ipv6Groups(address: string): number[] {
  // A dotted IPv4 tail (::ffff:127.0.0.1) is rewritten as its two hex groups first.
  const text = address.toLowerCase().replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) =>
    `${((Number(a) << 8) | Number(b)).toString(16)}:${((Number(c) << 8) | Number(d)).toString(16)}`);
  const parse = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const double = text.indexOf('::');
  if (double < 0) return parse(text);
  const left = parse(text.slice(0, double));
  const right = parse(text.slice(double + 2));
  return [...left, ...new Array<number>(Math.max(0, 8 - left.length - right.length)).fill(0), ...right];
}

function ipv6Reason(address: string): string | null {
  const g = ipv6Groups(address);
  if (g.length !== 8) return 'not an IP address';
  const embedded = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255];
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zero(0, 8)) return 'an unspecified address (::)';
  if (zero(0, 7) && g[7] === 1) return 'a loopback address (::1)';
  if (zero(0, 5) && g[5] === 0xffff) {
    const v4 = embedded(g[6]!, g[7]!);
    const why = ipv4Reason(v4);
    return why && `an IPv4-mapped address of ${v4.join('.')}, ${why}`;
  }
  if (zero(0, 6)) return 'a deprecated IPv4-compatible address';
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) {
    const v4 = embedded(g[6]!, g[7]!);
    const why = ipv4Reason(v4);
    return why && `a NAT64 address of ${v4.join('.')}, ${why}`;
  }
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) {
    const v4 = embedded(g[6]!, g[7]!);
    const why = ipv4Reason(v4);
    return why && `a local-use NAT64 address of ${v4.join('.')}, ${why}`;
  }
  if (g[0] === 0x2002) {
    const v4 = embedded(g[1]!, g[2]!);
    const why = ipv4Reason(v4);
    return why && `a 6to4 address of ${v4.join('.')}, ${why}`;
  }
  if (g[0] === 0x2001 && g[1] === 0) {
    // Teredo (2001::/32): the server's IPv4 in groups 2-3, the client's in the last two, inverted.
    const server = embedded(g[2]!, g[3]!);
    const client = embedded(~g[6]! & 0xffff, ~g[7]! & 0xffff);
    const why = ipv4Reason(server) ?? ipv4Reason(client);
    const which = ipv4Reason(server) ? `server ${server.join('.')}` : `client ${client.join('.')}`;
    return why && `a Teredo address of ${which}, ${why}`;
  }
  const first = g[0]!;
  if ((first & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((first & 0xffc0) === 0xfec0) return 'a site-local address';
  if ((first & 0xfe00) === 0xfc00) return 'a unique-local address';
  if ((first & 0xff00) === 0xff00) return 'a multicast address';
  if (first === 0x2001 && g[1] === 0x0db8) return 'a reserved (documentation) address';
  if (first === 0x0100 && zero(1, 4)) return 'a reserved (discard-only) address';
  return null;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a hostname to its addresses (dns.lookup by default; tests inject their own). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface AddressPolicy {
  /** Allow every address: loopback, private networks and the rest. */
  allowPrivate?: boolean;
  /** Addresses allowed even though they are not public (for example one trusted intranet feed server). */
  allowAddresses?: string[];
}

/**
 * Cloud instance metadata services (AWS, GCP, Azure, OpenStack: 169.254.169.254; AWS's IPv6 fd00:ec2::254;
 * ECS task metadata 169.254.170.2; Alibaba 100.100.100.200), also written as IPv4-mapped or NAT64 IPv6:
 * refused always, even with --allow-private (credentials live there).
 */
const METADATA_V4 = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200']);

function isMetadataAddress(bare: string): boolean {
  const family = isIP(bare);
  if (family === 4) return METADATA_V4.has(ipv4Octets(bare)!.join('.'));
  if (family !== 6) return false;
  const g = ipv6Groups(bare);
  if (g.length !== 8) return false;
  if (g[0] === 0xfd00 && g[1] === 0x0ec2 && g.slice(2, 7).every((x) => x === 0) && g[7] === 0x254) return true;
  // The last 32 bits as IPv4 (mapped, compatible, NAT64), and 6to4's groups 1-2.
  const tail = [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255].join('.');
  const sixToFour = g[0] === 0x2002 ? [g[1]! >> 8, g[1]! & 255, g[2]! >> 8, g[2]! & 255].join('.') : '';
  return METADATA_V4.has(tail) || METADATA_V4.has(sixToFour);
}

/** Null when the policy lets Annals connect to the address, else why not. */
export function refusal(address: string, policy: AddressPolicy): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isMetadataAddress(bare)) return `${bare} is a cloud metadata address; always refused`;
  if (policy.allowPrivate) return null;
  if (policy.allowAddresses?.some((a) => a.replace(/^\[|\]$/g, '').toLowerCase() === bare.toLowerCase())) return null;
  const why = nonPublicReason(bare);
  return why && `${bare} is ${why}; refused (allow it with --allow-private)`;
}
