/**
 * A DNS resolver over zone data written as the openspf suite writes it (tests/fixtures/spf/README.md):
 * name → list of { TYPE: value } and bare TIMEOUT entries. Used by the conformance tests and by
 * the DNS-over-HTTPS stand-in the browser tests ask.
 */
import type { DnsAnswer, DnsRecordType, DnsResolver } from '../../src/lib/records/index.ts';

export type ZoneEntry = string | Record<string, unknown>;
export type ZoneData = Record<string, ZoneEntry[]>;

/** Each SPF record is served as TXT too, unless the name has TXT entries of its own (the suite's rule). */
export function zoneResolver(zone: ZoneData): DnsResolver {
  const names = new Map<string, ZoneEntry[]>();
  for (const [name, entries] of Object.entries(zone)) names.set(normal(name), entries ?? []);
  const exists = (name: string) => names.has(name) || [...names.keys()].some((n) => n.endsWith(`.${name}`));

  async function lookup(name: string, type: DnsRecordType, depth: number): Promise<DnsAnswer> {
    const key = normal(name);
    const entries = names.get(key);
    if (!entries) return { status: exists(key) ? 'ok' : 'nxdomain', records: [] };
    const records: string[] = [];
    const hasOwnTxt = entries.some((e) => typeof e === 'object' && 'TXT' in e);
    for (const entry of entries) {
      if (entry === 'TIMEOUT') {
        if (records.length === 0) return { status: 'error', records: [] };
        break;
      }
      if (typeof entry !== 'object') continue;
      const [[rtype, value]] = Object.entries(entry) as [[string, unknown]];
      if (rtype === 'CNAME') {
        if (depth > 8) return { status: 'error', records: [] };
        return lookup(String(value), type, depth + 1);
      }
      if (rtype === type && value === 'NONE') continue;
      if (rtype === type || (type === 'TXT' && rtype === 'SPF' && !hasOwnTxt)) records.push(render(type, value));
    }
    return { status: 'ok', records };
  }
  return (name, type) => lookup(name, type, 0);
}

function render(type: DnsRecordType, value: unknown): string {
  if (type === 'MX') {
    const [preference, exchange] = value as [number, string];
    return `${preference} ${exchange}`;
  }
  if (Array.isArray(value)) return value.join('');
  return String(value);
}

function normal(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}
