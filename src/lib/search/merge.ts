/** One search result as the reader sees it. */
export interface SearchHit {
  /** The page's address. */
  url: string;
  title: string;
  /**
   * Why it matched: the error text that matched (and the diagnosis, when one was made), an
   * excerpt of the page with the words in <mark>, or the page's summary.
   */
  why: { kind: 'error'; texts: string[]; reason?: string } | { kind: 'excerpt'; html: string } | { kind: 'summary'; text: string };
  /** Words to highlight on the page when the reader opens it. */
  highlight: string[];
}

/** A case the error-line signal found, already turned into a hit. */
export interface ErrorHit extends SearchHit {
  score: number;
}

/** How much each list counts in the fused ranking. */
const PAGE_RANK_WEIGHT = 2;
const FULL_TEXT_WEIGHT = 1;
/** Which explanation to keep when two lists found the same page: the most specific. */
const WHY_ORDER = { error: 0, excerpt: 1, summary: 2 } as const;

/**
 * One ranked list from the error-line signal, the page ranker and the full-text search. An
 * error line pasted whole is best answered by the first; a question in words by the ranker,
 * with the full-text search's excerpts beside it. Reciprocal-rank fusion, with a weight for the
 * error-line signal that grows with how sure it is, keeps all three useful.
 */
export interface Answers {
  errorHits: readonly ErrorHit[];
  pageHits: readonly SearchHit[];
  textHits: readonly SearchHit[];
  /** The query reads like a pasted error line (see looksLikeErrorLine), not like a question. */
  errorLine: boolean;
}

export function mergeResults({ errorHits, pageHits, textHits, errorLine }: Answers, limit = 20): SearchHit[] {
  const best = errorHits[0]?.score ?? 0;
  // A score of about 3 means a code and its words matched: then the error line should lead.
  // A question may share a few words with an error text ("mail server", "error codes"): then
  // the error-line signal counts less than the ranker.
  const errorWeight = errorLine ? (best >= 3 ? 3 : best >= 1 ? 1.5 : 0.75) : 0.5;
  const scores = new Map<string, { hit: SearchHit; score: number }>();
  const add = (hit: SearchHit, rank: number, weight: number) => {
    const score = weight / (rank + 3);
    const seen = scores.get(hit.url);
    if (!seen) return scores.set(hit.url, { hit, score });
    seen.score += score;
    const highlight = [...new Set([...seen.hit.highlight, ...hit.highlight])];
    seen.hit = { ...(WHY_ORDER[hit.why.kind] < WHY_ORDER[seen.hit.why.kind] ? hit : seen.hit), highlight };
  };
  errorHits.forEach((hit, i) => add(hit, i, errorWeight));
  // A recognised error line has the answer; the ranker then only adds the pages about its words.
  pageHits.forEach((hit, i) => add(hit, i, errorWeight === 3 ? PAGE_RANK_WEIGHT / 2 : PAGE_RANK_WEIGHT));
  textHits.forEach((hit, i) => add(hit, i, FULL_TEXT_WEIGHT));
  return [...scores.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.hit);
}
