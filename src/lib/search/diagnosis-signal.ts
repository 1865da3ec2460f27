import { diagnoseText } from '../diagnosis/index.ts';
import type { Reason } from '../taxonomy.ts';
import { matchErrors, type ErrorIndex } from './error-matcher.ts';

/**
 * What an error line in the query says: the cases it points to, best first, and the words of
 * the query that decided it. Every error-line signal of search comes from here: the diagnosis
 * core (the same answer the analyser gives for the same line) names the case, and the error
 * matcher over the cases' own error texts adds the cases whose texts the line resembles.
 */
export interface ErrorLineMatch {
  slug: string;
  /** How sure: about 3 when a code and its words matched, more with more evidence. */
  score: number;
  /** The stretches of the query that matched, as pasted. */
  texts: string[];
  /** The reason the diagnosis core decided, for the case it named. */
  reason?: Reason;
}

/**
 * The diagnosed case counts as sure as the best match of the error matcher, and at least as a
 * code with its words: it leads. The other likely cases of the diagnosis come right after it.
 */
const DIAGNOSED_MIN_SCORE = 3;
const OTHER_CASE_SHARE = 0.5;

export function errorLineSignal(index: ErrorIndex, query: string, limit = 10): ErrorLineMatch[] {
  const matches = matchErrors(index, query, limit).map((m) => ({ slug: m.slug, score: m.score, texts: m.matched.map((e) => e.text) }));
  const diagnosis = diagnoseText(query);
  if (!diagnosis?.caseSlug) return matches;
  const textsOf = (slug: string) => matches.find((m) => m.slug === slug)?.texts ?? [];
  // What decided, as the reader pasted it: the words of the server and the codes.
  const decided = diagnosis.decidedBy.filter((d) => d.kind !== 'stage' && d.kind !== 'provider' && query.toLowerCase().includes(d.detail.toLowerCase())).map((d) => d.detail);
  const score = Math.max(DIAGNOSED_MIN_SCORE, matches[0]?.score ?? 0) + 1;
  const diagnosed: ErrorLineMatch[] = [
    { slug: diagnosis.caseSlug, score, texts: [...new Set([...decided, ...textsOf(diagnosis.caseSlug)])], reason: diagnosis.reason },
    ...diagnosis.otherCases.map((slug) => ({ slug, score: score * OTHER_CASE_SHARE, texts: textsOf(slug) })),
  ];
  const named = new Set(diagnosed.map((m) => m.slug));
  return [...diagnosed, ...matches.filter((m) => !named.has(m.slug))].slice(0, limit);
}
