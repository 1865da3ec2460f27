/** One search result as the reader sees it. */
export interface SearchHit {
  /** The page's address. */
  url: string;
  title: string;
  /** Why it matched: the error text that matched, or an excerpt of the page with the words in <mark>. */
  why: { kind: 'error'; texts: string[] } | { kind: 'excerpt'; html: string };
  /** Words to highlight on the page when the reader opens it. */
  highlight: string[];
}

/** A case the error matcher found, already turned into a hit. */
export interface ErrorHit extends SearchHit {
  score: number;
}

/**
 * One ranked list from the error matcher and the full-text search. An error line pasted whole
 * is best answered by the matcher; plain words by the full-text search. Reciprocal-rank fusion
 * with a weight for the matcher that grows with how sure it is keeps both useful.
 */
export function mergeResults(errorHits: readonly ErrorHit[], textHits: readonly SearchHit[], limit = 20): SearchHit[] {
  const best = errorHits[0]?.score ?? 0;
  // A score of about 3 means a code and its words matched: then the matcher should lead.
  const errorWeight = best >= 3 ? 3 : best >= 1 ? 1.5 : 0.75;
  const scores = new Map<string, { hit: SearchHit; score: number }>();
  const add = (hit: SearchHit, rank: number, weight: number) => {
    const score = weight / (rank + 3);
    const seen = scores.get(hit.url);
    if (!seen) scores.set(hit.url, { hit, score });
    else {
      seen.score += score;
      // Keep the matcher's explanation: "this error text matched" says more than an excerpt.
      if (hit.why.kind === 'error') seen.hit = { ...hit, highlight: [...new Set([...hit.highlight, ...seen.hit.highlight])] };
      else seen.hit = { ...seen.hit, highlight: [...new Set([...seen.hit.highlight, ...hit.highlight])] };
    }
  };
  errorHits.forEach((hit, i) => add(hit, i, errorWeight));
  textHits.forEach((hit, i) => add(hit, i, 1));
  return [...scores.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.hit);
}

/**
 * Pages found by searching each word on its own, best first: a page found by more of the words
 * comes first, then by how high the words ranked it. Used when the whole phrase finds too little,
 * as plain questions ("client says she sent it") often do.
 */
export function fuseWordRankings(rankings: readonly (readonly string[])[], limit = 12): string[] {
  const scores = new Map<string, { words: number; score: number }>();
  for (const ranking of rankings) {
    ranking.forEach((id, rank) => {
      const seen = scores.get(id) ?? { words: 0, score: 0 };
      scores.set(id, { words: seen.words + 1, score: seen.score + 1 / (rank + 3) });
    });
  }
  return [...scores]
    .sort(([, a], [, b]) => b.words - a.words || b.score - a.score)
    .slice(0, limit)
    .map(([id]) => id);
}

/** The words of a query worth searching one by one: no short words, no repeats, a handful at most. */
export function searchableWords(query: string, max = 6): string[] {
  const words = query
    .split(/\s+/)
    .map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter((w) => w.length >= 3 || /[\u3040-\u30ff\u4e00-\u9fff]/.test(w));
  return [...new Set(words.map((w) => w.toLowerCase()))].slice(0, max);
}
