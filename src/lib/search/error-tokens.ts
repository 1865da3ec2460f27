import { isStopword, normaliseWord } from './error-words.ts';

/**
 * Splits an error text into the pieces the matcher compares: status codes, reply codes,
 * provider markers, host names and normalised words. Addresses, IP addresses, URLs' paths,
 * numbers and queue ids are masked (dropped): they differ in every bounce and say nothing about
 * the cause. Every token keeps the span of the text it came from, for "why it matched".
 */

export type ErrorTokenKind = 'status' | 'reply' | 'marker' | 'host' | 'word';

export interface ErrorToken {
  kind: ErrorTokenKind;
  /** Canonical form: "5.2.2", "552", "resolver.adr.recipnotfound", "zen.spamhaus.org", "quota". */
  value: string;
  /** Words only: the lowercase word before trimming, to recognise known markers ("dmarc"). */
  lower?: string;
  /** Words only: written like an identifier (STOREDRV, gsmtp), so it may be a provider marker. */
  shaped?: boolean;
  start: number;
  end: number;
}

/** Bounds on the work one query may cause, whatever is pasted. */
export const MAX_TEXT_CHARS = 20_000;
export const MAX_TOKENS = 2_000;
/** Longer runs without spaces are junk (base64, long URLs); capping them keeps regex work linear. */
const MAX_CHUNK_CHARS = 256;

const PIECE = new RegExp(
  [
    String.raw`(?<url>(?:https?|ftp):\/\/[^\s<>"'\])]+|www\.[^\s<>"'\])]+)`,
    String.raw`(?<address>[^\s<>()\[\]"',;:@]*@[^\s<>()\[\]"',;:@]*)`,
    String.raw`(?<ip>(?<![\w.])(?:\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?|x+(?:\.x+){3})(?!\w|\.\d))`,
    String.raw`(?<ipv6>(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:%\w+)?)`,
    String.raw`(?<status>(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?!\w|\.\d))`,
    String.raw`(?<reply>(?<![\w.])[245][0-5]\d(?!\w|\.\d))`,
    String.raw`(?<word>[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_'’]|[.\-](?=[\p{L}\p{N}]))*)`,
  ].join('|'),
  'giu',
);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const LETTER_DIGIT_CODE = /^([a-z]{1,6})[-_]?(\d{1,6})$/i;
const HOST_LABELS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
const CAMEL = /\p{Ll}\p{Lu}/u;
const WORD_PARTS = /\p{Lu}+(?!\p{Ll})|\p{Lu}?[\p{Ll}\p{Lo}\p{M}'’]+|\p{Lo}+/gu;

/** The tokens of a text; their offsets point into `text`, the cleaned input (same offsets). */
export function tokenizeErrorText(input: string): { text: string; tokens: ErrorToken[] } {
  const text = cleanText(input);
  const shouting = isShouting(text);
  const tokens: ErrorToken[] = [];
  for (const chunk of text.matchAll(/\S+/g)) {
    const offset = chunk.index;
    for (let from = 0; from < chunk[0].length && tokens.length < MAX_TOKENS; from += MAX_CHUNK_CHARS) {
      const piece = chunk[0].slice(from, from + MAX_CHUNK_CHARS);
      readChunk(piece, offset + from, shouting, tokens);
    }
    if (tokens.length >= MAX_TOKENS) break;
  }
  return { text, tokens: tokens.slice(0, MAX_TOKENS).map((t) => (t.shaped && inCapitalRun(text, t) ? { ...t, shaped: false } : t)) };
}

/**
 * "YOU DO NOT NEED TO RESEND" is emphasis, not a row of identifiers: a capitalised word next to
 * another capitalised word is an ordinary word.
 */
function inCapitalRun(text: string, t: ErrorToken): boolean {
  if (!/^\p{Lu}+$/u.test(text.slice(t.start, t.end))) return false;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, t.start - 40), t.start))?.[1] ?? '';
  const after = /^\s+(\p{L}+)/u.exec(text.slice(t.end, t.end + 40))?.[1] ?? '';
  return [before, after].some((w) => /^\p{Lu}{2,}$/u.test(w));
}

/**
 * Control characters and HTML tags become spaces and entities become their character padded
 * with spaces, so every offset in the cleaned text is the same as in the pasted text.
 */
export function cleanText(input: string): string {
  return input
    .slice(0, MAX_TEXT_CHARS)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>@]{0,200})?\/?>/gi, (tag) => ' '.repeat(tag.length))
    .replace(/&(lt|gt|amp|quot|apos|nbsp|#39);/gi, (entity, name: string) =>
      (ENTITIES[name.toLowerCase()] ?? ' ').padEnd(entity.length, ' '),
    );
}

/** Text written all in capitals: then capitals say nothing about a word being an identifier. */
function isShouting(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return upper >= 12 && upper > lower * 4;
}

function readChunk(chunk: string, offset: number, shouting: boolean, out: ErrorToken[]): void {
  for (const m of chunk.matchAll(PIECE)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    const g = m.groups ?? {};
    if (g.url !== undefined) pushUrl(g.url, start, out);
    else if (g.status !== undefined) out.push({ kind: 'status', value: g.status, start, end });
    else if (g.reply !== undefined) out.push({ kind: 'reply', value: g.reply, start, end });
    else if (g.word !== undefined) {
      const bracketed = /[[(]/.test(chunk[m.index - 1] ?? '') && /[\])]/.test(chunk[m.index + m[0].length] ?? '');
      pushWordPiece(g.word, start, bracketed, shouting, out);
    }
    // addresses, IP addresses: masked
  }
}

/** A URL says which provider wrote the error (its host); the rest of it is noise. */
function pushUrl(url: string, start: number, out: ErrorToken[]): void {
  const host = /^(?:[a-z]+:\/\/)?([^/:?#]+)/i.exec(url)?.[1] ?? '';
  if (HOST_LABELS.test(host)) out.push({ kind: 'host', value: host.toLowerCase(), start, end: start + url.length });
}

function pushWordPiece(raw: string, start: number, bracketed: boolean, shouting: boolean, out: ErrorToken[]): void {
  const end = start + raw.length;
  if (/^[\d.\-]+$/.test(raw)) {
    joinRfcNumber(raw, end, out);
    return;
  }
  if (raw.includes('.') && isHostName(raw)) {
    out.push({ kind: 'host', value: raw.toLowerCase(), start, end });
    return;
  }
  const code = LETTER_DIGIT_CODE.exec(raw);
  if (code) {
    out.push({ kind: 'marker', value: `${code[1]}${code[2]}`.toLowerCase(), start, end });
    return;
  }
  if (/\d/.test(raw)) return; // queue ids, session ids, mixed junk
  const identifier = CAMEL.test(raw) || (/[._]/.test(raw) && /\p{Lu}/u.test(raw));
  if (identifier) out.push({ kind: 'marker', value: raw.toLowerCase(), start, end });
  else if (bracketed && /^\p{Lu}{2,}$/u.test(raw)) {
    out.push({ kind: 'marker', value: raw.toLowerCase(), start, end });
    return;
  }
  pushWords(raw, start, identifier, shouting, out);
}

/** "RFC 5322" and "RFC5322" are the same reference. */
function joinRfcNumber(digits: string, end: number, out: ErrorToken[]): void {
  const previous = out.at(-1);
  if (previous?.kind === 'word' && previous.lower === 'rfc' && /^\d{3,4}$/.test(digits)) {
    out[out.length - 1] = { kind: 'marker', value: `rfc${digits}`, start: previous.start, end };
  }
}

/** Host names are lowercase or uppercase throughout; mixed case dotted tokens are identifiers. */
function isHostName(raw: string): boolean {
  if (!HOST_LABELS.test(raw)) return false;
  const last = raw.slice(raw.lastIndexOf('.') + 1);
  if (raw === raw.toLowerCase()) return /^[a-z]{2,24}$/.test(last);
  return raw === raw.toUpperCase() && /^[A-Z]{2,4}$/.test(last);
}

function pushWords(raw: string, start: number, identifier: boolean, shouting: boolean, out: ErrorToken[]): void {
  // e-mail → email; IPs, MXs → IP, MX (a plural "s" would split the acronym)
  const joined = raw.replace(/^(\p{L})-(?=\p{L})/u, '$1').replace(/^(\p{Lu}{2,})s$/u, '$1');
  const shift = raw.startsWith(joined) ? 0 : raw.length - joined.length;
  for (const part of joined.matchAll(WORD_PARTS)) {
    const value = normaliseWord(part[0]);
    if (value === null) continue;
    const lower = part[0].toLowerCase().replace(/['’]/g, '');
    const partStart = start + part.index + (part.index > 0 ? shift : 0);
    const shaped = !identifier && looksLikeIdentifier(part[0], shouting) && !isStopword(lower);
    out.push({ kind: 'word', value, lower, shaped, start: partStart, end: partStart + part[0].length });
  }
}

/** STOREDRV, UBE, DMARC (capitals inside mixed text) or gsmtp, gcdp (no vowels). */
function looksLikeIdentifier(word: string, shouting: boolean): boolean {
  if (!shouting && /^\p{Lu}{3,}$/u.test(word)) return true;
  return /^[b-df-hj-np-tv-xz]{4,}$/i.test(word);
}
