import { evidenceKind, featuresOf, promoteMarkers, type EvidenceKind, type Feature } from './error-features.ts';
import { prepareIndex, type ErrorIndex, type PreparedIndex } from './error-index.ts';
import { tokenizeErrorText } from './error-tokens.ts';

export { buildErrorIndex, type ErrorCase, type ErrorIndex } from './error-index.ts';

export interface ErrorEvidence {
  kind: EvidenceKind;
  /** The words of the query that matched, as pasted. */
  text: string;
}

export interface ErrorMatch {
  slug: string;
  score: number;
  matched: ErrorEvidence[];
}

/**
 * Evidence found together in one error line of a case (a code and the words beside it) counts
 * this much again: the same code means different things at different providers.
 */
const SAME_LINE_BONUS = 0.5;
/**
 * Below this a case matched only by a stray word or a bare reply code: a code, a marker or a
 * phrase of two words is needed. Plain-language questions are for the full-text search.
 */
const MIN_SCORE = 3;
/** Cases scoring under this share of the best one are noise beside it. */
const MIN_SHARE_OF_BEST = 0.15;
const MAX_LIMIT = 50;
const MAX_EVIDENCE = 8;

/**
 * The cases whose error texts best match a pasted error, best first. Status codes, reply codes,
 * provider markers and phrases each count by how rare they are among the cases.
 */
export function matchErrors(index: ErrorIndex, query: string, limit = 10): ErrorMatch[] {
  const max = Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(0, Math.floor(limit))) : 0;
  if (typeof query !== 'string' || max === 0) return [];
  const prepared = prepareIndex(index);
  if (!prepared) return [];
  const { text, tokens } = tokenizeErrorText(query);
  const features = queryFeatures(prepared, featuresOf(promoteMarkers(tokens, prepared.markers)));

  const found = new Map<number, Feature[]>();
  for (const f of features) {
    for (const c of prepared.postings.get(f.key) ?? []) {
      const list = found.get(c);
      if (list) list.push(f);
      else found.set(c, [f]);
    }
  }
  const scored = [...found].map(([c, matched]) => ({
    slug: prepared.slugs[c] ?? '',
    score: round(total(matched) + SAME_LINE_BONUS * bestLine(prepared.lineKeys[c] ?? [], matched)),
    features: matched,
  }));
  const best = Math.max(0, ...scored.map((m) => m.score));
  return scored
    .filter((m) => m.score >= MIN_SCORE && m.score >= best * MIN_SHARE_OF_BEST)
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug))
    .slice(0, max)
    .map(({ slug, score, features: matched }) => ({ slug, score, matched: evidence(text, matched) }));
}

/**
 * Each distinct feature of the query once (at its first place), if the index has it, its weight
 * multiplied by its rarity among the cases.
 */
function queryFeatures(prepared: PreparedIndex, features: readonly Feature[]): Feature[] {
  const seen = new Map<string, Feature>();
  for (const f of features) {
    const idf = prepared.idf.get(f.key);
    if (idf === undefined || seen.has(f.key)) continue;
    seen.set(f.key, { ...f, weight: f.weight * idf });
  }
  return [...seen.values()];
}

function total(features: readonly Feature[]): number {
  return features.reduce((sum, f) => sum + f.weight, 0);
}

function bestLine(lines: readonly Set<string>[], matched: readonly Feature[]): number {
  return Math.max(0, ...lines.map((keys) => total(matched.filter((f) => keys.has(f.key)))));
}

/**
 * What to show as "why it matched": the longest matched stretches of the query (overlapping
 * phrases joined into one, a whole identifier rather than its prefix), strongest first.
 */
function evidence(text: string, matched: readonly Feature[]): ErrorEvidence[] {
  // Word pairs with a gap and bare code subjects count, but highlighting them would mislead.
  const shown = matched.filter((f) => !f.key.startsWith('g:') && !f.key.startsWith('y:'));
  const spans = joinPhrases(shown).sort((a, b) => b.end - b.start - (a.end - a.start) || b.weight - a.weight);
  const kept: Feature[] = [];
  for (const f of spans) {
    if (!kept.some((k) => k.start <= f.start && f.end <= k.end)) kept.push(f);
  }
  const out: ErrorEvidence[] = [];
  for (const f of kept.sort((a, b) => b.weight - a.weight)) {
    const item = { kind: evidenceKind(f.key), text: text.slice(f.start, f.end) };
    if (!out.some((o) => o.kind === item.kind && o.text === item.text)) out.push(item);
  }
  return out.slice(0, MAX_EVIDENCE);
}

/** Matched phrases that overlap in the query are one stretch of matching words. */
function joinPhrases(matched: readonly Feature[]): Feature[] {
  const isPhrase = (f: Feature) => evidenceKind(f.key) === 'phrase';
  const phrases = matched.filter(isPhrase).sort((a, b) => a.start - b.start);
  const joined: Feature[] = [];
  for (const f of phrases) {
    const last = joined.at(-1);
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.weight += f.weight;
    } else joined.push({ ...f });
  }
  return [...matched.filter((f) => !isPhrase(f)), ...joined];
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
