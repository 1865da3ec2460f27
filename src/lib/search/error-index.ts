import { STATUS_CODE } from '../taxonomy.ts';
import { featuresOf, parseLine, promoteMarkers, serialiseLine, type Feature } from './error-features.ts';
import { tokenizeErrorText, type ErrorToken } from './error-tokens.ts';

/** What the matcher needs of a case: its frontmatter `codes` and `errors`. */
export interface ErrorCase {
  slug: string;
  codes: readonly string[];
  errors: readonly string[];
}

/**
 * The error index as written to JSON at build time and fetched by the browser. It holds each
 * error text once, already normalised (see serialiseLine); the lookup tables are rebuilt from it
 * in memory on first use, which takes a few milliseconds and keeps the file small.
 */
export interface ErrorIndex {
  version: typeof INDEX_VERSION;
  cases: IndexedCase[];
}

export interface IndexedCase {
  slug: string;
  /** Status and reply codes from the frontmatter. */
  codes: string[];
  /** One normalised line per error text. */
  lines: string[];
}

const INDEX_VERSION = 1;

/**
 * A word written like an identifier (DMARC, PBL, gsmtp) is a marker only if it is distinctive:
 * found in at most this share of the cases. Otherwise it is an ordinary word.
 */
const MARKER_MAX_CASE_SHARE = 0.12;

export function buildErrorIndex(cases: readonly ErrorCase[]): ErrorIndex {
  const tokenized = cases.map((c) => c.errors.map((e) => tokenizeErrorText(e).tokens));
  const markers = distinctiveMarkers(tokenized);
  return {
    version: INDEX_VERSION,
    cases: cases.map((c, i) => ({
      slug: c.slug,
      codes: c.codes.map((code) => code.trim()).filter((code) => STATUS_CODE.test(code)),
      lines: (tokenized[i] ?? [])
        .map((tokens) => serialiseLine(promoteMarkers(tokens, markers).filter(namesSomething)))
        .filter((line) => line.length > 0),
    })),
  };
}

function distinctiveMarkers(tokenized: ErrorToken[][][]): Set<string> {
  const markers = new Set<string>();
  const shaped = new Set<string>();
  const casesWithWord = new Map<string, number>();
  for (const lines of tokenized) {
    const words = new Set<string>();
    for (const t of lines.flat()) {
      if (t.kind === 'word' && t.lower !== undefined) {
        words.add(t.lower);
        if (t.shaped) shaped.add(t.lower);
      }
    }
    for (const w of words) casesWithWord.set(w, (casesWithWord.get(w) ?? 0) + 1);
    for (const key of lines.flatMap((tokens) => featuresOf(tokens)).map((f) => f.key)) {
      if (isWordMarkerKey(key)) markers.add(key.slice(2));
    }
  }
  const maxCases = Math.max(2, Math.round(tokenized.length * MARKER_MAX_CASE_SHARE));
  for (const w of shaped) if ((casesWithWord.get(w) ?? 0) <= maxCases) markers.add(w);
  return markers;
}

/** Hosts of documentation domains (example.com) are left out of the index: they name nobody. */
function namesSomething(token: ErrorToken): boolean {
  return token.kind !== 'host' || featuresOf([token]).length > 0;
}

function isWordMarkerKey(key: string): boolean {
  return key.startsWith('m:') && /^\p{L}+$/u.test(key.slice(2));
}

/** The lookup tables behind an index, built once per index object. */
export interface PreparedIndex {
  slugs: string[];
  /** Words that count as markers in a query. */
  markers: Set<string>;
  /** feature key → the cases that have it */
  postings: Map<string, number[]>;
  /** feature keys of each line of each case, to reward evidence found together in one line */
  lineKeys: Set<string>[][];
  /** feature key → rarity weight over the cases */
  idf: Map<string, number>;
}

const prepared = new WeakMap<ErrorIndex, PreparedIndex>();

/** The index's lookup tables, or null if `index` is not an error index of this version. */
export function prepareIndex(index: ErrorIndex): PreparedIndex | null {
  const cached = prepared.get(index);
  if (cached) return cached;
  if (!isErrorIndex(index)) return null;
  const lineKeys = index.cases.map((c) => c.lines.map((line) => keySet(featuresOf(parseLine(line)))));
  const codeKeys = index.cases.map((c) => keySet(featuresOf(tokenizeErrorText(c.codes.join(' ')).tokens)));
  const postings = new Map<string, number[]>();
  index.cases.forEach((_, i) => {
    const keys = new Set([...(codeKeys[i] ?? []), ...(lineKeys[i] ?? []).flatMap((s) => [...s])]);
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const n = index.cases.length;
  const idf = new Map<string, number>();
  for (const [key, list] of postings) idf.set(key, rarity(list.length, n));
  // A status code is as specific as its subject.detail: 4.7.1 and 5.7.1 are one kind of refusal.
  for (const key of postings.keys()) {
    if (key.startsWith('s:')) idf.set(key, idf.get(`x:${key.slice(key.indexOf('.') + 1)}`) ?? 0);
  }
  const markers = new Set([...postings.keys()].filter(isWordMarkerKey).map((k) => k.slice(2)));
  const result = { slugs: index.cases.map((c) => c.slug), markers, postings, lineKeys, idf };
  prepared.set(index, result);
  return result;
}

/** BM25's inverse document frequency: near 0 for evidence every case has, ~3 for one case in 37. */
function rarity(casesWithIt: number, cases: number): number {
  return Math.log(1 + (cases - casesWithIt + 0.5) / (casesWithIt + 0.5));
}

function keySet(features: readonly Feature[]): Set<string> {
  return new Set(features.map((f) => f.key));
}

function isErrorIndex(value: unknown): value is ErrorIndex {
  if (typeof value !== 'object' || value === null) return false;
  const { version, cases } = value as Partial<ErrorIndex>;
  return (
    version === INDEX_VERSION &&
    Array.isArray(cases) &&
    cases.every(
      (c) =>
        typeof c?.slug === 'string' &&
        Array.isArray(c.codes) &&
        c.codes.every((x) => typeof x === 'string') &&
        Array.isArray(c.lines) &&
        c.lines.every((x) => typeof x === 'string'),
    )
  );
}
