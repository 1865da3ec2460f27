/**
 * check_host() of RFC 7208 §4–§6 over an injected resolver: every mechanism and modifier,
 * macros, the limit of 10 terms that cause DNS lookups and of 2 void lookups, and the
 * permerror/temperror rules. One evaluation shares its counters across include and redirect.
 */
import { dottedForm, inNetwork, parseIp, reverseName, unmapIpv4, type IpAddress } from '../ip.ts';
import type { DnsAnswer, DnsResolver } from '../types.ts';
import { expandMacros, macroError, type MacroValues } from './macro.ts';
import { isSpfRecord, parseSpf, type Mechanism, type SpfRecord } from './parse.ts';

export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

export interface SpfVerdict {
  result: SpfResult;
  /** The expansion of the domain's exp= text, for a fail. */
  explanation?: string;
  /** Terms that caused DNS lookups (include, a, mx, ptr, exists, redirect). */
  lookups: number;
}

export const LOOKUP_LIMIT = 10;
export const VOID_LIMIT = 2;
const PER_MECHANISM_LIMIT = 10;

const QUALIFIER_RESULT = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' } as const;

/** Ends an evaluation early with permerror or temperror. */
class SpfError extends Error {
  readonly result: 'permerror' | 'temperror';
  constructor(result: 'permerror' | 'temperror') {
    super(result);
    this.result = result;
  }
}

/** The SPF verdict for a client: MAIL FROM's domain, or postmaster@HELO when MAIL FROM is empty (RFC 7208 §2.4). */
export async function spfVerdict(input: { ip: string; mailFrom: string; helo: string }, resolve: DnsResolver): Promise<SpfVerdict> {
  const parsed = parseIp(input.ip.trim());
  if (!parsed) return { result: 'none', lookups: 0 };
  const ip = unmapIpv4(parsed);
  let sender = input.mailFrom.trim() || `postmaster@${input.helo}`;
  if (!sender.includes('@')) sender = `postmaster@${sender}`;
  else if (sender.startsWith('@')) sender = `postmaster${sender}`;
  const domain = sender.slice(sender.lastIndexOf('@') + 1);
  const check = new Check(ip, sender, input.helo, resolve);
  try {
    const { result, explanation } = await check.checkHost(domain);
    return { result, ...(explanation === undefined ? {} : { explanation }), lookups: check.lookups };
  } catch (e) {
    if (e instanceof SpfError) return { result: e.result, lookups: check.lookups };
    throw e;
  }
}

/** A name RFC 7208 §4.3 accepts: at least two labels, none empty or over 63 characters, 253 in all. */
export function isCheckableDomain(name: string): boolean {
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
  if (trimmed.length === 0 || trimmed.length > 253 || /^\[.*\]$/.test(trimmed)) return false;
  const labels = trimmed.split('.');
  return labels.length >= 2 && labels.every((l) => l.length > 0 && l.length <= 63);
}

class Check {
  lookups = 0;
  private voids = 0;
  private validated?: Promise<string[]>;

  private readonly ip: IpAddress;
  private readonly sender: string;
  private readonly helo: string;
  private readonly resolve: DnsResolver;

  constructor(ip: IpAddress, sender: string, helo: string, resolve: DnsResolver) {
    this.ip = ip;
    this.sender = sender;
    this.helo = helo;
    this.resolve = resolve;
  }

  async checkHost(domain: string): Promise<{ result: SpfResult; explanation?: string }> {
    if (!isCheckableDomain(domain)) return { result: 'none' };
    const record = await this.fetchRecord(domain);
    if (record === null) return { result: 'none' };
    const parsed = parseSpf(record);
    if (!parsed.ok) throw new SpfError('permerror');
    const macros = this.macroValues(domain);
    for (const term of parsed.record.terms) {
      if (term.type !== 'mechanism') continue;
      if (await this.matches(term, domain, macros)) {
        const result = QUALIFIER_RESULT[term.qualifier];
        if (result === 'fail') return { result, ...(await this.explanation(parsed.record, macros)) };
        return { result };
      }
    }
    const redirect = parsed.record.redirect;
    if (redirect && !parsed.record.terms.some((t) => t.type === 'mechanism' && t.name === 'all')) {
      this.countLookup();
      const target = await this.targetName(redirect.value, macros);
      const outcome = isCheckableDomain(target) ? await this.checkHost(target) : { result: 'none' as const };
      if (outcome.result === 'none') throw new SpfError('permerror');
      return outcome;
    }
    return { result: 'neutral' };
  }

  /** The one SPF record of a name, null for none; several are a permerror (RFC 7208 §4.5). */
  private async fetchRecord(domain: string): Promise<string | null> {
    const answer = await this.resolve(domain, 'TXT');
    if (answer.status === 'error') throw new SpfError('temperror');
    const records = answer.status === 'ok' ? answer.records.filter(isSpfRecord) : [];
    if (records.length > 1) throw new SpfError('permerror');
    return records[0] ?? null;
  }

  private async matches(term: Mechanism, domain: string, macros: MacroValues): Promise<boolean> {
    switch (term.name) {
      case 'all':
        return true;
      case 'ip4':
        return this.ip.version === 4 && inNetwork(this.ip, term.network!, term.cidr4!);
      case 'ip6':
        return this.ip.version === 6 && inNetwork(this.ip, term.network!, term.cidr6!);
      case 'include': {
        this.countLookup();
        const target = await this.targetName(term.domain!, macros);
        const { result } = await this.checkHost(target);
        if (result === 'none') throw new SpfError('permerror');
        if (result === 'permerror' || result === 'temperror') throw new SpfError(result);
        return result === 'pass';
      }
      case 'a': {
        this.countLookup();
        const target = term.domain ? await this.targetName(term.domain, macros) : domain;
        return this.addressMatches(await this.addresses(target, true), term);
      }
      case 'mx': {
        this.countLookup();
        const target = term.domain ? await this.targetName(term.domain, macros) : domain;
        const mx = await this.query(target, 'MX', true);
        const hosts = mx.map((r) => r.replace(/^\d+\s+/, '')).filter((h) => h !== '.' && h !== '');
        if (mx.length > PER_MECHANISM_LIMIT) throw new SpfError('permerror');
        for (const host of hosts) {
          if (this.addressMatches(await this.addresses(host, false), term)) return true;
        }
        return false;
      }
      case 'ptr': {
        this.countLookup();
        const target = lowerName(term.domain ? await this.targetName(term.domain, macros) : domain);
        return (await this.validatedNames()).some((n) => n === target || n.endsWith(`.${target}`));
      }
      case 'exists': {
        this.countLookup();
        const target = await this.targetName(term.domain!, macros);
        return (await this.query(target, 'A', true)).length > 0;
      }
    }
  }

  private countLookup(): void {
    this.lookups++;
    if (this.lookups > LOOKUP_LIMIT) throw new SpfError('permerror');
  }

  /** Records of one type; DNS errors are a temperror; an empty answer counts as a void lookup when `counted`. */
  private async query(name: string, type: 'A' | 'AAAA' | 'MX', counted: boolean): Promise<string[]> {
    if (!isQueryableName(name)) return this.voidLookup(counted);
    const answer: DnsAnswer = await this.resolve(name, type);
    if (answer.status === 'error') throw new SpfError('temperror');
    if (answer.status === 'nxdomain' || answer.records.length === 0) return this.voidLookup(counted);
    return answer.records;
  }

  private voidLookup(counted: boolean): string[] {
    if (counted && ++this.voids > VOID_LIMIT) throw new SpfError('permerror');
    return [];
  }

  /** The client's address family: A for IPv4 clients, AAAA for IPv6. */
  private async addresses(name: string, counted: boolean): Promise<IpAddress[]> {
    const records = await this.query(name, this.ip.version === 4 ? 'A' : 'AAAA', counted);
    return records.map((r) => parseIp(r)).filter((a): a is IpAddress => a !== null);
  }

  private addressMatches(addresses: IpAddress[], term: Mechanism): boolean {
    const prefix = this.ip.version === 4 ? (term.cidr4 ?? 32) : (term.cidr6 ?? 128);
    return addresses.some((a) => inNetwork(this.ip, a, prefix));
  }

  /** Host names of the client that resolve back to it (RFC 7208 §5.5), at most 10 looked at. */
  private validatedNames(): Promise<string[]> {
    this.validated ??= (async () => {
      const answer = await this.resolve(reverseName(this.ip), 'PTR');
      if (answer.status !== 'ok') return [];
      const names: string[] = [];
      for (const name of answer.records.slice(0, PER_MECHANISM_LIMIT).map(lowerName)) {
        const forward = await this.resolve(name, this.ip.version === 4 ? 'A' : 'AAAA');
        if (forward.status === 'ok' && forward.records.some((r) => { const a = parseIp(r); return a !== null && a.value === this.ip.value && a.version === this.ip.version; })) names.push(name);
      }
      return names;
    })();
    return this.validated;
  }

  /** A domain-spec expanded; over 253 characters, labels are dropped from the left (RFC 7208 §7.3). */
  private async targetName(spec: string, macros: MacroValues): Promise<string> {
    let name = await expandMacros(spec, macros);
    if (name.endsWith('.')) name = name.slice(0, -1);
    while (name.length > 253 && name.includes('.')) name = name.slice(name.indexOf('.') + 1);
    return name;
  }

  /** exp= of the record that failed, expanded; any problem with it means no explanation (RFC 7208 §6.2). */
  private async explanation(record: SpfRecord, macros: MacroValues): Promise<{ explanation?: string }> {
    if (!record.exp) return {};
    try {
      const name = await this.targetName(record.exp.value, macros);
      if (!isQueryableName(name)) return {};
      const answer = await this.resolve(name, 'TXT');
      if (answer.status !== 'ok' || answer.records.length !== 1) return {};
      const text = answer.records[0]!;
      if (macroError(text, true) !== null) return {};
      return { explanation: await expandMacros(text, macros) };
    } catch (e) {
      if (e instanceof SpfError) return {};
      throw e;
    }
  }

  private macroValues(domain: string): MacroValues {
    return {
      sender: this.sender,
      domain,
      ip: dottedForm(this.ip),
      ipReadable: readableIp(this.ip),
      ipVersion: this.ip.version === 4 ? 'in-addr' : 'ip6',
      helo: this.helo,
      receiver: 'unknown',
      now: Math.floor(Date.now() / 1000),
      validatedName: async () => {
        const names = await this.validatedNames().catch(() => []);
        const d = lowerName(domain);
        return names.find((n) => n === d) ?? names.find((n) => n.endsWith(`.${d}`)) ?? names[0] ?? 'unknown';
      },
    };
  }
}

function lowerName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/** A name DNS can be asked about: labels of 1 to 63 octets. */
function isQueryableName(name: string): boolean {
  return name.length > 0 && name.split('.').every((l) => l.length > 0 && l.length <= 63);
}

/** %{c}: IPv4 dotted, IPv6 in its shortest form (RFC 5952). */
function readableIp(ip: IpAddress): string {
  if (ip.version === 4) return dottedForm(ip);
  const groups = ip.value.toString(16).padStart(32, '0').match(/.{4}/g)!.map((g) => g.replace(/^0+(?=.)/, ''));
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  if (best.start < 0) return groups.join(':');
  return `${groups.slice(0, best.start).join(':')}::${groups.slice(best.start + best.length).join(':')}`;
}
