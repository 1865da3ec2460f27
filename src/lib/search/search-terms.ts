import { foldText } from './fold.ts';
import { tokensOf, type Word } from './words.ts';

/** One entry of content/search-terms.yaml: words that mean the same thing to a reader. */
export interface SearchTerm {
  concept: string;
  en: string[];
  ja: string[];
}

const CONCEPT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MIN_WORD_CHARS = 2;

/**
 * Problems with the search terms file, each naming the entry and what to do; [] when it is fine.
 * The rules are in the file's own header.
 */
export function checkSearchTerms(value: unknown, path = 'content/search-terms.yaml'): string[] {
  if (!Array.isArray(value)) return [`${path}: the file must be a list of entries like "- concept: bounced" with en: and ja: word lists`];
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const concepts = new Set<string>();
  value.forEach((entry: unknown, i) => {
    const where = `${path}, entry ${i + 1}`;
    if (typeof entry !== 'object' || entry === null) return problems.push(`${where}: write the entry as concept:, en: and ja:`);
    const { concept, en, ja, ...rest } = entry as Record<string, unknown>;
    const name = typeof concept === 'string' ? `${path}, concept '${concept}'` : where;
    if (typeof concept !== 'string' || !CONCEPT_ID.test(concept)) problems.push(`${where}: add a concept id of lowercase words joined by hyphens, like "concept: mailbox-full"`);
    else if (concepts.has(concept)) problems.push(`${name}: the id is used twice; merge the two entries or rename one`);
    else concepts.add(concept);
    for (const key of Object.keys(rest)) problems.push(`${name}: unknown field '${key}'; an entry has only concept, en and ja`);
    const words: string[] = [];
    for (const [lang, list] of [['en', en], ['ja', ja]] as const) {
      if (list === undefined) continue;
      if (!Array.isArray(list) || list.some((w) => typeof w !== 'string')) problems.push(`${name}: ${lang} must be a list of words, like ${lang}: [word, other word]`);
      else words.push(...(list as string[]));
    }
    if (words.length < 2) problems.push(`${name}: give at least two words (in en: and ja: together), or remove the entry`);
    for (const word of words) {
      const key = foldText(word).trim();
      if (key.length < MIN_WORD_CHARS) problems.push(`${name}: '${word}' is too short to search for; write a longer form or remove it`);
      const other = owner.get(key);
      if (other && other !== name) problems.push(`${name}: '${word}' is also a word of ${other.replace(`${path}, `, '')}; keep it in one concept`);
      else owner.set(key, name);
    }
  });
  return problems;
}

/** The search terms ready for matching: built once per table. */
export interface TermMatcher {
  /** concept → its words written in Japanese script, folded: found anywhere in a text. */
  inText: Array<{ concept: string; folded: string }>;
  /** Its Latin-script words as token sequences, found as whole words: by their first token, so a text is read once. */
  inWords: Map<string, Array<{ concept: string; terms: string[] }>>;
}

export function prepareTerms(entries: readonly SearchTerm[]): TermMatcher {
  const inText: TermMatcher['inText'] = [];
  const inWords: TermMatcher['inWords'] = new Map();
  for (const { concept, en, ja } of entries) {
    for (const word of new Set([...en, ...ja])) {
      if (/[^\x00-\x7f]/.test(word)) inText.push({ concept, folded: foldText(word).replace(/\s+/g, '') });
      else {
        const terms = tokensOf(word).map((t) => t.term);
        if (terms.length === 0) continue;
        const starting = inWords.get(terms[0]!) ?? [];
        starting.push({ concept, terms });
        inWords.set(terms[0]!, starting);
      }
    }
  }
  return { inText, inWords };
}

/**
 * How often each concept's words occur in a text (one count per place, however many words match
 * there). `tokens` are the text's tokensOf(), when the caller has them already.
 */
export function conceptsIn(matcher: TermMatcher, text: string, tokens: readonly Word[] = tokensOf(text)): Map<string, number> {
  const counts = new Map<string, number>();
  const spans = new Map<string, Set<number>>();
  const mark = (concept: string, at: number) => {
    const seen = spans.get(concept) ?? new Set<number>();
    if (seen.has(at)) return;
    seen.add(at);
    spans.set(concept, seen);
    counts.set(concept, (counts.get(concept) ?? 0) + 1);
  };
  const folded = foldText(text).replace(/\s+/g, '');
  for (const { concept, folded: word } of matcher.inText) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) mark(concept, at);
  }
  const terms = tokens.map((t) => t.term);
  terms.forEach((first, i) => {
    for (const { concept, terms: phrase } of matcher.inWords.get(first) ?? []) {
      if (i + phrase.length <= terms.length && phrase.every((p, j) => terms[i + j] === p)) mark(concept, -1 - i);
    }
  });
  return counts;
}
