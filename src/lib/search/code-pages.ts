import { STATUS_CODE } from '../taxonomy.ts';
import { wordsOf } from './words.ts';

/**
 * The code whose page answers a query, when the query carries a status or reply code that has
 * a page: the enhanced code rather than the reply code beside it ("550 5.7.1" → 5.7.1), as it
 * says more; the first one written when there are several.
 */
export function codeWithPage(query: string, pages: ReadonlySet<string>): string | undefined {
  const codes = wordsOf(query).filter((w) => w.kind === 'code' && STATUS_CODE.test(w.term) && pages.has(w.term)).map((w) => w.term);
  return codes.find((c) => c.includes('.')) ?? codes[0];
}
