import { matchErrors, type ErrorIndex } from './error-matcher.ts';
import { wordsOf } from './words.ts';

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

/** Questions are short; a pasted error line is long or carries a code (550, 5.7.1, 0x800CCC0E). */
const ERROR_LINE_WORDS = 10;

/** True when a query reads like a pasted error line rather than a question in words. */
export function looksLikeErrorLine(query: string): boolean {
  const words = wordsOf(query);
  return words.length >= ERROR_LINE_WORDS || words.some((w) => w.kind === 'code');
}
