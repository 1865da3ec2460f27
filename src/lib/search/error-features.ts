import type { ErrorToken } from './error-tokens.ts';

/**
 * Features are the units of evidence the matcher counts, as string keys with a kind prefix:
 *   s:5.2.2  enhanced status code            x:2.2  the same code in any class (4.2.2 ~ 5.2.2)
 *   y:2      the code's subject (RFC 3463: 1 addressing, 2 mailbox, 4 routing, 7 security …)
 *   r:552    reply code                      m:…    provider marker (STOREDRV, tss04, resolver.adr)
 *   f:tss    family of a marker (TSS04 ~ TSS09)       h:…  host named in the text (spamhaus.org)
 *   p:…      phrase: one to three consecutive normalised words
 *   g:…      two words with one or two others between them ("sender rejected" ~ "sender address rejected")
 */
export interface Feature {
  key: string;
  /** How much a match counts before the rarity of the key among the cases is applied. */
  weight: number;
  start: number;
  end: number;
}

export type EvidenceKind = 'status' | 'reply' | 'marker' | 'phrase';

/**
 * A status code is deliberate and specific, a reply code says little, a single word less than
 * a phrase. Phrase weights add up along a run of matching words (its words, pairs and triples).
 */
const WEIGHTS = {
  status: 3,
  statusAnyClass: 1.2,
  statusSubject: 0.5,
  reply: 0.8,
  marker: 2.5,
  markerFamily: 1.2,
  host: 1,
  phrase: [0, 0.5, 1, 1.3],
  gappedPair: 0.5,
} as const;
const MAX_PHRASE_WORDS = 3;
const MAX_PAIR_GAP = 2;

export function evidenceKind(key: string): EvidenceKind {
  switch (key[0]) {
    case 's':
    case 'x':
    case 'y':
      return 'status';
    case 'r':
      return 'reply';
    case 'p':
    case 'g':
      return 'phrase';
    default:
      return 'marker';
  }
}

interface StreamWord {
  value: string;
  /** A known marker (counted as such) or written like one (DKIM): weighs like a marker alone. */
  marker: boolean;
  shaped: boolean;
  start: number;
  end: number;
}

export function featuresOf(tokens: readonly ErrorToken[]): Feature[] {
  const out: Feature[] = [];
  const words: StreamWord[] = [];
  const add = (key: string, weight: number, t: { start: number; end: number }) =>
    out.push({ key, weight, start: t.start, end: t.end });
  for (const t of tokens) {
    switch (t.kind) {
      case 'status': {
        const [, subject, detail] = t.value.split('.');
        add(`s:${t.value}`, WEIGHTS.status, t);
        add(`x:${subject}.${detail}`, WEIGHTS.statusAnyClass, t);
        add(`y:${subject}`, WEIGHTS.statusSubject, t);
        break;
      }
      case 'reply':
        add(`r:${t.value}`, WEIGHTS.reply, t);
        break;
      case 'host':
        for (const host of hostKeys(t.value)) add(`h:${host}`, WEIGHTS.host, t);
        break;
      case 'marker':
        for (const key of markerKeys(t.value)) add(key, key.startsWith('f:') ? WEIGHTS.markerFamily : WEIGHTS.marker, t);
        if (/^\p{L}+$/u.test(t.value)) words.push({ value: t.value, marker: true, shaped: true, start: t.start, end: t.end });
        break;
      case 'word':
        words.push({ value: t.value, marker: false, shaped: t.shaped === true, start: t.start, end: t.end });
        break;
    }
  }
  return [...out, ...phraseFeatures(words)];
}

function phraseFeatures(words: readonly StreamWord[]): Feature[] {
  const out: Feature[] = [];
  words.forEach((first, i) => {
    for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= words.length; n++) {
      const gram = words.slice(i, i + n);
      const last = gram[n - 1] ?? first;
      if (n === 1 && first.marker) continue; // counted as a marker already
      const weight = n === 1 && first.shaped ? WEIGHTS.marker : (WEIGHTS.phrase[n] ?? 0);
      out.push({ key: `p:${gram.map((w) => w.value).join(' ')}`, weight, start: first.start, end: last.end });
    }
    for (let gap = 1; gap <= MAX_PAIR_GAP; gap++) {
      const second = words[i + gap + 1];
      if (second) out.push({ key: `g:${first.value} ${second.value}`, weight: WEIGHTS.gappedPair, start: first.start, end: second.end });
    }
  });
  return out;
}

/** RESOLVER.ADR.RecipNotFound also counts as RESOLVER.ADR and RESOLVER; TSS04 as family TSS. */
function markerKeys(value: string): string[] {
  const keys = [`m:${value}`];
  const labels = value.split('.');
  for (let n = labels.length - 1; n >= 1; n--) keys.push(`m:${labels.slice(0, n).join('.')}`);
  const family = /^([a-z]{2,6})\d+$/.exec(value);
  if (family) keys.push(`f:${family[1]}`);
  return keys;
}

/** Second-level labels under which registries sell names: example.co.jp, example.com.au. */
const SECOND_LEVEL = new Set(['ac', 'ad', 'co', 'com', 'ed', 'edu', 'go', 'gov', 'gr', 'lg', 'ne', 'net', 'or', 'org']);

/**
 * A host counts as itself and as its registrable domain (zen.spamhaus.org → spamhaus.org), so
 * two servers of one provider meet. Hosts with numbered labels only count as the domain, and
 * documentation domains (example.com, .test) not at all: they name nobody.
 */
function hostKeys(host: string): string[] {
  const labels = host.split('.');
  const last = labels.at(-1) ?? '';
  const n = labels.length >= 3 && last.length === 2 && SECOND_LEVEL.has(labels.at(-2) ?? '') ? 3 : 2;
  const domain = labels.slice(-n).join('.');
  if (/^example\./.test(domain) || /^(test|example|invalid|localhost|local)$/.test(last)) return [];
  return domain === host || /\d/.test(host) ? [domain] : [host, domain];
}

/** Words the index knows as markers (dmarc, storedrv) count as markers however they are written. */
export function promoteMarkers(tokens: readonly ErrorToken[], markers: ReadonlySet<string>): ErrorToken[] {
  return tokens.map((t) =>
    t.kind === 'word' && t.lower !== undefined && markers.has(t.lower)
      ? { kind: 'marker', value: t.lower, start: t.start, end: t.end }
      : t,
  );
}

/** One error line as stored in the index: its tokens, space-separated, kinds told by shape. */
export function serialiseLine(tokens: readonly ErrorToken[]): string {
  return tokens
    .map((t) => (t.kind === 'marker' ? `!${t.value}` : t.kind === 'host' ? `@${t.value}` : t.value))
    .join(' ');
}

export function parseLine(line: string): ErrorToken[] {
  return line
    .split(' ')
    .filter((s) => s.length > 0)
    .map((s) => {
      const at = { start: 0, end: 0 };
      if (s.startsWith('!')) return { kind: 'marker', value: s.slice(1), ...at };
      if (s.startsWith('@')) return { kind: 'host', value: s.slice(1), ...at };
      if (/^[245]\.\d{1,3}\.\d{1,3}$/.test(s)) return { kind: 'status', value: s, ...at };
      if (/^[245]\d\d$/.test(s)) return { kind: 'reply', value: s, ...at };
      return { kind: 'word', value: s, ...at };
    });
}
