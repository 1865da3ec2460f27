/**
 * The SPF record grammar of RFC 7208 §4.6 and §12: terms, their positions, and the first
 * syntax error. The evaluator and the lint both read records through this one parser.
 */
import { parseIpv4, parseIpv6, type IpAddress } from '../ip.ts';
import { macroError } from './macro.ts';

export type Qualifier = '+' | '-' | '~' | '?';
export const MECHANISMS = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'] as const;
export type MechanismName = (typeof MECHANISMS)[number];

export interface Mechanism {
  type: 'mechanism';
  text: string;
  /** Offset of the term in the record. */
  position: number;
  qualifier: Qualifier;
  /** Whether the qualifier was written out ("+all") rather than implied ("all"). */
  explicitQualifier: boolean;
  name: MechanismName;
  /** The domain-spec as written (a macro-string), when the mechanism has one. */
  domain?: string;
  network?: IpAddress;
  cidr4?: number;
  cidr6?: number;
}

export interface Modifier {
  type: 'modifier';
  text: string;
  position: number;
  /** Lowercased: "redirect", "exp" or an unknown modifier's name. */
  name: string;
  value: string;
}

export type SpfTerm = Mechanism | Modifier;

export interface SpfRecord {
  terms: SpfTerm[];
  redirect?: Modifier;
  exp?: Modifier;
}

/** A syntax error: what is wrong (a UI string code), where, and the term it is in. */
export interface SpfSyntaxError {
  code: 'spf.syntax.unknown-mechanism' | 'spf.syntax.bad-term' | 'spf.syntax.bad-domain' | 'spf.syntax.bad-ip' | 'spf.syntax.bad-cidr' | 'spf.syntax.bad-macro' | 'spf.syntax.duplicate-modifier' | 'spf.syntax.bad-character';
  position: number;
  term: string;
}

export type ParseResult = { ok: true; record: SpfRecord } | { ok: false; error: SpfSyntaxError };

/** Whether a TXT record is an SPF version 1 record (RFC 7208 §4.5). */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1(?: |$)/i.test(text);
}

const MODIFIER = /^([a-z][a-z0-9\-_.]*)=(.*)$/is;
const TOPLABEL = /^(?:[a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])$/i;
const CIDR = /(?:\/(\d+))?(?:\/\/(\d+))?$/;

/** Parses a record that starts with "v=spf1". */
export function parseSpf(text: string): ParseResult {
  const terms: SpfTerm[] = [];
  const record: SpfRecord = { terms };
  const re = / +|[^ ]+/g;
  for (const m of text.slice(6).matchAll(re)) {
    if (m[0].startsWith(' ')) continue;
    const position = 6 + m.index;
    const parsed = parseTerm(m[0], position);
    if ('code' in parsed) return { ok: false, error: parsed };
    if (parsed.type === 'modifier' && (parsed.name === 'redirect' || parsed.name === 'exp')) {
      if (record[parsed.name]) return { ok: false, error: { code: 'spf.syntax.duplicate-modifier', position, term: parsed.text } };
      record[parsed.name] = parsed;
    }
    terms.push(parsed);
  }
  if (text.length > 6 && text[6] !== ' ') return { ok: false, error: { code: 'spf.syntax.bad-term', position: 0, term: text.split(' ')[0]! } };
  return { ok: true, record };
}

function parseTerm(text: string, position: number): SpfTerm | SpfSyntaxError {
  const fail = (code: SpfSyntaxError['code'], offset = 0): SpfSyntaxError => ({ code, position: position + offset, term: text });
  const nonAscii = [...text].findIndex((c) => c.charCodeAt(0) < 0x21 || c.charCodeAt(0) > 0x7e);
  if (nonAscii >= 0) return fail('spf.syntax.bad-character', nonAscii);

  const modifier = MODIFIER.exec(text);
  if (modifier) {
    const name = modifier[1]!.toLowerCase();
    const value = modifier[2]!;
    const offset = modifier[1]!.length + 1;
    const error = name === 'redirect' || name === 'exp' ? domainSpecError(value) : macroErrorCode(value);
    if (error) return fail(error.code, offset + error.offset);
    return { type: 'modifier', text, position, name, value };
  }
  if (/^[^:/]*=/.test(text)) return fail('spf.syntax.bad-term');

  const explicitQualifier = /^[+\-~?]/.test(text);
  const qualifier = (explicitQualifier ? text[0] : '+') as Qualifier;
  const body = explicitQualifier ? text.slice(1) : text;
  const q = explicitQualifier ? 1 : 0;
  const nameText = /^[a-z0-9]*/i.exec(body)![0];
  const name = nameText.toLowerCase() as MechanismName;
  if (!MECHANISMS.includes(name)) return fail('spf.syntax.unknown-mechanism');
  let rest = body.slice(nameText.length);
  const at = q + nameText.length;
  const base: Mechanism = { type: 'mechanism', text, position, qualifier, explicitQualifier, name };

  switch (name) {
    case 'all':
      return rest === '' ? base : fail('spf.syntax.bad-term', at);
    case 'include':
    case 'exists': {
      if (!rest.startsWith(':')) return fail('spf.syntax.bad-domain', at);
      const error = domainSpecError(rest.slice(1));
      return error ? fail(error.code, at + 1 + error.offset) : { ...base, domain: rest.slice(1) };
    }
    case 'ptr': {
      if (rest === '') return base;
      if (!rest.startsWith(':')) return fail('spf.syntax.bad-term', at);
      const error = domainSpecError(rest.slice(1));
      return error ? fail(error.code, at + 1 + error.offset) : { ...base, domain: rest.slice(1) };
    }
    case 'a':
    case 'mx': {
      const cidr = CIDR.exec(rest)!;
      const cidr4 = cidr[1] === undefined ? undefined : Number(cidr[1]);
      const cidr6 = cidr[2] === undefined ? undefined : Number(cidr[2]);
      if (!validCidr(cidr[1], 32) || !validCidr(cidr[2], 128)) return fail('spf.syntax.bad-cidr', at + cidr.index);
      rest = rest.slice(0, cidr.index);
      if (rest === '') return { ...base, cidr4, cidr6 };
      if (!rest.startsWith(':')) return fail('spf.syntax.bad-term', at);
      const error = domainSpecError(rest.slice(1));
      return error ? fail(error.code, at + 1 + error.offset) : { ...base, domain: rest.slice(1), cidr4, cidr6 };
    }
    case 'ip4':
    case 'ip6': {
      if (!rest.startsWith(':')) return fail('spf.syntax.bad-ip', at);
      const [address = '', prefix, ...more] = rest.slice(1).split('/');
      const network = name === 'ip4' ? parseIpv4(address) : parseIpv6(address);
      if (!network) return fail('spf.syntax.bad-ip', at + 1);
      const max = name === 'ip4' ? 32 : 128;
      if (more.length > 0 || (prefix !== undefined && !validCidr(prefix, max))) return fail('spf.syntax.bad-cidr', at + 1 + address.length);
      const length = prefix === undefined ? max : Number(prefix);
      return name === 'ip4' ? { ...base, network, cidr4: length } : { ...base, network, cidr6: length };
    }
  }
}

/** A CIDR length as RFC 7208 writes it: no leading zeros, at most `max`. */
function validCidr(digits: string | undefined, max: number): boolean {
  return digits === undefined || (/^(?:0|[1-9]\d*)$/.test(digits) && Number(digits) <= max);
}

function macroErrorCode(value: string): { code: SpfSyntaxError['code']; offset: number } | null {
  const offset = macroError(value, false);
  return offset === null ? null : { code: 'spf.syntax.bad-macro', offset };
}

/** domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand */
export function domainSpecError(spec: string): { code: SpfSyntaxError['code']; offset: number } | null {
  const macro = macroErrorCode(spec);
  if (macro) return macro;
  if (/%\{[^}]*\}$/.test(spec)) return null;
  const trimmed = spec.endsWith('.') ? spec.slice(0, -1) : spec;
  const dot = trimmed.lastIndexOf('.');
  if (dot < 0 || !TOPLABEL.test(trimmed.slice(dot + 1))) return { code: 'spf.syntax.bad-domain', offset: 0 };
  return null;
}
