import { wordsOf } from './words.ts';

/** Questions are short; a pasted error line is long or carries a code (550, 5.7.1, 0x800CCC0E). */
const ERROR_LINE_WORDS = 10;

/** True when a query reads like a pasted error line rather than a question in words. */
export function looksLikeErrorLine(query: string): boolean {
  const words = wordsOf(query);
  return words.length >= ERROR_LINE_WORDS || words.some((w) => w.kind === 'code');
}
