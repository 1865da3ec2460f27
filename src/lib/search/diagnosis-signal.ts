import { matchErrors, type ErrorIndex } from './error-matcher.ts';

/**
 * What an error line in the query says: the cases it points to, best first, and the words of
 * the query that decided it. Every error-line signal of search comes from here, so that search
 * and the analyser can share one diagnosis.
 */
export interface ErrorLineMatch {
  slug: string;
  /** How sure: about 3 when a code and its words matched, more with more evidence. */
  score: number;
  /** The stretches of the query that matched, as pasted. */
  texts: string[];
  /** The diagnosis in plain words, when one was made ("refused at connection: …"). */
  reason?: string;
}

export function errorLineSignal(index: ErrorIndex, query: string, limit = 10): ErrorLineMatch[] {
  return matchErrors(index, query, limit).map((m) => ({ slug: m.slug, score: m.score, texts: m.matched.map((e) => e.text) }));
}
