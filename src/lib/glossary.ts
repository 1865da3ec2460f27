import type { Lang } from './taxonomy.ts';

/** The parts of a glossary entry that the glossary filter searches and the page sorts by. */
export interface FilterableEntry {
  term: string;
  expansion?: string | undefined;
  ja: string;
  aliases: { en: readonly string[]; ja: readonly string[] };
  definition: Readonly<Record<Lang, string>>;
}

/**
 * How a page in `lang` names an entry: its name in that language, and the English term beside it
 * on Japanese pages when the Japanese name doesn't already contain it (バウンス … bounce, but not SPF twice).
 */
export function namesOf(entry: Pick<FilterableEntry, 'term' | 'ja'>, lang: Lang): { name: string; english: string | null } {
  if (lang === 'en') return { name: entry.term, english: null };
  const contained = normalizeForSearch(entry.ja).includes(normalizeForSearch(entry.term));
  return { name: entry.ja, english: contained ? null : entry.term };
}

/** The query parameter that carries the filter, so a filtered glossary can be shared: /en/glossary/?q=dkim */
export const QUERY_PARAM = 'q';

/**
 * Folds away differences a reader should not have to type exactly: width (ＳＰＦ = SPF, ｷｬﾘｱ = キャリア,
 * through NFKC), letter case, katakana against hiragana (ばうんす finds バウンス) and runs of spaces.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (katakana) => String.fromCharCode(katakana.charCodeAt(0) - 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What the filter searches for one entry on the glossary page in `lang`: the term, its expansion,
 * its Japanese name, the aliases of both languages and the definition in the page's language,
 * normalized, one per line (so a query word never matches across two fields).
 */
export function searchTextOf(entry: FilterableEntry, lang: Lang): string {
  const fields = [entry.term, entry.expansion ?? '', entry.ja, ...entry.aliases.en, ...entry.aliases.ja, entry.definition[lang]];
  return fields.map(normalizeForSearch).filter(Boolean).join('\n');
}

/** Whether a search text (from searchTextOf) holds every word of the query. An empty query matches everything. */
export function matchesQuery(searchText: string, query: string): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  return words.every((word) => searchText.includes(word));
}

/**
 * The glossary's order within a group, in both languages: alphabetical by the English term.
 * (Sorting the Japanese page by each name's reading would need a reading for every term.)
 */
export function sortByTerm<T extends { term: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** The page's address with the filter's query in it, or without it when the query is blank. Keeps the #hash. */
export function withQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim()) url.searchParams.set(QUERY_PARAM, query);
  else url.searchParams.delete(QUERY_PARAM);
  return url.href;
}
