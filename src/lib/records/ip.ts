/** IP addresses as big integers, for CIDR matching without a library: IPv4 is 32 bits, IPv6 128. */
export interface IpAddress {
  version: 4 | 6;
  value: bigint;
}

const QNUM = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)$/;

/** Dotted-quad IPv4 as RFC 7208's ip4-network writes it (no leading zeros). */
export function parseIpv4(text: string): IpAddress | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => QNUM.test(p))) return null;
  return { version: 4, value: parts.reduce((n, p) => (n << 8n) | BigInt(p), 0n) };
}

/** IPv6 in any RFC 4291 text form, including "::" and an embedded IPv4 tail. */
export function parseIpv6(text: string): IpAddress | null {
  let head = text;
  let tail: bigint | null = null;
  if (text.includes('.')) {
    const lastColon = text.lastIndexOf(':');
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (lastColon < 0 || !v4) return null;
    tail = v4.value;
    const prefix = text.slice(0, lastColon + 1);
    head = prefix.endsWith('::') ? prefix : prefix.slice(0, -1);
  }
  const groupsNeeded = tail === null ? 8 : 6;
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const split = (s: string) => (s === '' ? [] : s.split(':'));
  const left = split(halves[0]!);
  const right = halves.length === 2 ? split(halves[1]!) : [];
  if (halves.length === 2 && left.length + right.length >= groupsNeeded) return null;
  const groups = halves.length === 2 ? [...left, ...Array<string>(groupsNeeded - left.length - right.length).fill('0'), ...right] : left;
  if (groups.length !== groupsNeeded || !groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  let value = groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
  if (tail !== null) value = (value << 32n) | tail;
  return { version: 6, value };
}

export function parseIp(text: string): IpAddress | null {
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}

/** An IPv4-mapped IPv6 address (::ffff:192.0.2.1) as the IPv4 address it carries; others unchanged. */
export function unmapIpv4(ip: IpAddress): IpAddress {
  return ip.version === 6 && ip.value >> 32n === 0xffffn ? { version: 4, value: ip.value & 0xffffffffn } : ip;
}

/** Whether `ip` lies in `network`/`prefix` (both of the same version). */
export function inNetwork(ip: IpAddress, network: IpAddress, prefix: number): boolean {
  if (ip.version !== network.version) return false;
  const bits = BigInt(ip.version === 4 ? 32 : 128);
  const shift = bits - BigInt(prefix);
  return ip.value >> shift === network.value >> shift;
}

/** The reverse-lookup name: 192.0.2.1 → "1.2.0.192.in-addr.arpa". */
export function reverseName(ip: IpAddress): string {
  return `${dottedForm(ip).split('.').reverse().join('.')}.${ip.version === 4 ? 'in-addr' : 'ip6'}.arpa`;
}

/** SPF's %{i}: dotted quad for IPv4, 32 dot-separated nibbles for IPv6 (RFC 7208 §7.3). */
export function dottedForm(ip: IpAddress): string {
  if (ip.version === 4) return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 255n)).join('.');
  return ip.value.toString(16).padStart(32, '0').split('').join('.');
}
