import { conceptsIn, prepareTerms, type SearchTerm, type TermMatcher } from './search-terms.ts';
import { tokensOf } from './words.ts';

/**
 * A page as the ranker sees it: a case, a guide, a tool page or a glossary entry, with the text
 * that says what it is about. Indexed at build time into /{lang}/search-index/ (see page-index-files.ts).
 */
export interface PageDoc {
  /** The address below /{lang}/: "cases/mailbox-full/", "glossary/#spf", "analyze/". */
  path: string;
  kind: PageKind;
  title: string;
  /** Shown under the title in the results. */
  summary: string;
  /** Everyday words readers type for it, one string. */
  keywords?: string;
  /** What the reader sees (a case's Symptom section, a term's definition). */
  body?: string;
  /** Error texts and codes it explains. */
  errors?: string;
}

export type PageKind = 'case' | 'guide' | 'tool' | 'term';
type Field = 'title' | 'keywords' | 'summary' | 'body' | 'errors';

/** How much a word counts in each field: a word in the title says more than one in the body. */
const FIELD_WEIGHT: Record<Field, number> = { title: 3, keywords: 2.5, summary: 1.5, body: 1, errors: 1 };
/**
 * A code names one kind of failure; a concept from the search terms is as good as a word; a pair
 * of words found side by side counts on top of its two words.
 */
const KIND_WEIGHT = { code: 1.5, word: 1, concept: 1, pair: 0.75 } as const;
/** BM25's constants: how soon repeats stop counting, and how much a long page is discounted. */
const K1 = 1.2;
const B = 0.5;
/**
 * Glossary entries explain a word, they don't solve a problem: they rank lower than cases
 * unless the query asks what something is ("SPFとは", "what is DMARC").
 */
const TERM_WEIGHT = 0.5;
const DEFINITION_TERM_WEIGHT = 2.5;
/**
 * A query that asks for what a tool does ("paste the bounce", "list of error codes") is
 * answered by the tool page that says it does that: search-term concepts that name a task.
 */
const TASK_CONCEPTS = new Set(['paste', 'list-of-errors', 'header']);
const TASK_TOOL_WEIGHT = 2.5;
/** Pages scoring under this share of the best one are noise beside it. */
const MIN_SHARE_OF_BEST = 0.2;
/** The concept of the search terms that marks a question for a definition. */
const DEFINITION_CONCEPT = 'definition';

export interface RankedPage {
  doc: PageDoc;
  score: number;
  /** The query's words found on the page, to highlight there. */
  matched: string[];
}

/**
 * What ranking needs of the pages, without their text: how often each feature is on each page,
 * how long each page is and what kind it is. Built once at build time (see page-index-files.ts);
 * the browser fetches only the postings of the query's features.
 */
export interface RankTables {
  matcher: TermMatcher;
  /** feature → for each page that has it, [page number, weighted count] */
  postings: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  lengths: readonly number[];
  kinds: readonly PageKind[];
  averageLength: number;
}

/** The ranker's tables with the pages themselves, for the build and for tests. */
export interface PageIndex extends RankTables {
  /** Sorted by path, so a page's number is also its place among equals. */
  docs: PageDoc[];
}

export function buildPageIndex(docs: readonly PageDoc[], terms: readonly SearchTerm[]): PageIndex {
  const matcher = prepareTerms(terms);
  const sorted = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const postings = new Map<string, Array<[number, number]>>();
  const lengths = sorted.map((doc, i) => {
    const counts = new Map<string, number>();
    let length = 0;
    for (const field of Object.keys(FIELD_WEIGHT) as Field[]) {
      const text = doc[field];
      if (!text) continue;
      const weight = FIELD_WEIGHT[field];
      for (const [feature, n] of featureCounts(matcher, text)) {
        counts.set(feature, (counts.get(feature) ?? 0) + weight * n);
        if (feature.startsWith('w:') || feature.startsWith('k:')) length += weight * n;
      }
    }
    for (const [feature, n] of counts) {
      const list = postings.get(feature);
      if (list) list.push([i, n]);
      else postings.set(feature, [[i, n]]);
    }
    return length;
  });
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  return { docs: sorted, matcher, postings, lengths, kinds: sorted.map((d) => d.kind), averageLength };
}

/** The pages that best explain a query, best first (see rankPageNumbers). */
export function rankPages(index: PageIndex, query: string, limit = 12): RankedPage[] {
  return rankPageNumbers(index, queryFeatures(index.matcher, query), limit).map((r) => ({ doc: index.docs[r.page]!, score: r.score, matched: r.matched }));
}

/** What the ranker looks up for a query: its words, pairs, codes and concepts. */
export function queryFeatures(matcher: TermMatcher, query: string): Set<string> {
  return new Set(featureCounts(matcher, query).keys());
}

/**
 * The pages that best explain a query's features, best first, by page number: every word, code
 * and concept of the query counts by how rare it is among the pages (BM25), so a question whose
 * words are not all on one page still gets its best guesses. Empty only when nothing of the
 * query is on any page. `tables.postings` needs to hold only the query's features.
 */
export function rankPageNumbers(tables: RankTables, features: ReadonlySet<string>, limit = 12): Array<{ page: number; score: number; matched: string[] }> {
  const definition = features.has(`c:${DEFINITION_CONCEPT}`);
  const n = tables.lengths.length;
  const scores = new Map<number, { score: number; matched: Set<string>; task: boolean }>();
  for (const feature of features) {
    // "とは", "what is" say what the reader wants, not what about: pages that contain them are no better.
    if (feature === `c:${DEFINITION_CONCEPT}`) continue;
    const list = tables.postings.get(feature);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
    const weight = KIND_WEIGHT[kindOf(feature)] * idf;
    for (const [i, tf] of list) {
      const norm = K1 * (1 - B + (B * (tables.lengths[i] ?? 0)) / tables.averageLength);
      const s = scores.get(i) ?? { score: 0, matched: new Set<string>(), task: false };
      s.score += (weight * tf * (K1 + 1)) / (tf + norm);
      // Asking what a code means is asking the error index, which lists every code.
      s.task ||= (feature.startsWith('c:') && TASK_CONCEPTS.has(feature.slice(2))) || (definition && feature.startsWith('k:'));
      if (feature.startsWith('w:') || feature.startsWith('k:')) s.matched.add(feature.slice(2));
      scores.set(i, s);
    }
  }
  const ranked = [...scores].map(([page, s]) => {
    const kind = tables.kinds[page];
    const factor = kind === 'term' ? (definition ? DEFINITION_TERM_WEIGHT : TERM_WEIGHT) : kind === 'tool' && s.task ? TASK_TOOL_WEIGHT : 1;
    return { page, score: s.score * factor, matched: [...s.matched] };
  });
  const best = Math.max(0, ...ranked.map((r) => r.score));
  return ranked
    .filter((r) => r.score > 0 && r.score >= best * MIN_SHARE_OF_BEST)
    .sort((a, b) => b.score - a.score || a.page - b.page)
    .slice(0, limit);
}

/** The query's words as the reader typed them whose forms were found on a page: what to highlight there. */
export function highlightWords(query: string, matched: readonly string[]): string[] {
  const found = new Set(matched);
  return [...new Set(tokensOf(query).filter((t) => !t.stop && found.has(t.term)).map((t) => t.text))];
}

/** True when the query asks what something is ("SPFとは", "what is status code 5.7.1"). */
export function asksWhatItIs(matcher: TermMatcher, query: string): boolean {
  return conceptsIn(matcher, query).has(DEFINITION_CONCEPT);
}

/** A text's words ("w:"), word pairs ("p:"), codes ("k:") and search-term concepts ("c:") with how often each occurs. */
function featureCounts(matcher: TermMatcher, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const tokens = tokensOf(text);
  const words = tokens.filter((t) => !t.stop);
  words.forEach((w, i) => {
    add(`${w.kind === 'code' ? 'k' : 'w'}:${w.term}`);
    // Two words side by side ("spf fail", "受信 トレイ") say more than each alone.
    const next = words[i + 1];
    if (next && w.kind === 'word' && next.kind === 'word') add(`p:${w.term} ${next.term}`);
  });
  for (const [concept, n] of conceptsIn(matcher, text, tokens)) counts.set(`c:${concept}`, n);
  return counts;
}

function kindOf(feature: string): keyof typeof KIND_WEIGHT {
  return feature.startsWith('k:') ? 'code' : feature.startsWith('c:') ? 'concept' : feature.startsWith('p:') ? 'pair' : 'word';
}
