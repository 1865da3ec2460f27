/**
 * The browser side of search: loads the search index and Pagefind on first use, asks the
 * error-line signal, the page ranker and the full-text search, and merges their answers.
 * Nothing here runs until the reader starts searching.
 */
import { errorLineSignal, looksLikeErrorLine } from '../../lib/search/diagnosis-signal.ts';
import type { ErrorIndex } from '../../lib/search/error-matcher.ts';
import { mergeResults, type ErrorHit, type SearchHit } from '../../lib/search/merge.ts';
import { asksWhatItIs, buildPageIndex, rankPages, type PageDoc, type PageIndex } from '../../lib/search/page-ranker.ts';
import { cleanQuery, decodeEntities, textQuery } from '../../lib/search/query.ts';
import type { SearchTerm } from '../../lib/search/search-terms.ts';
import { localePath, withBase } from '../../lib/paths.ts';
import type { Lang, Reason } from '../../lib/taxonomy.ts';

/** What the build writes to /{lang}/search-index.json. */
export interface SearchIndexFile {
  errors: ErrorIndex;
  cases: Record<string, { title: string }>;
  /** Cases, guides, tool pages and glossary entries, for the page ranker. */
  pages: PageDoc[];
  /** content/search-terms.yaml: words that mean the same to a reader. */
  terms: SearchTerm[];
  /** Each bounce reason in plain words, shown beside the case an error line was diagnosed as. */
  reasons: Record<Reason, string>;
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindMatch {
  id: string;
  data(): Promise<PagefindResult>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindMatch[] } | null>;
}

/** Full-text results beyond these add nothing the ranker has not found. */
const FULL_TEXT_RESULTS = 8;

const base = import.meta.env.BASE_URL;
let pagefind: Promise<Pagefind> | undefined;
const indexes = new Map<Lang, Promise<{ file: SearchIndexFile; pages: PageIndex }>>();

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Imported through a variable: the file exists only in the built site, not in the bundle.
    const url = withBase(base, 'pagefind/pagefind.js');
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 24 });
    return module;
  })();
  return pagefind;
}

function loadIndex(lang: Lang): Promise<{ file: SearchIndexFile; pages: PageIndex }> {
  let index = indexes.get(lang);
  if (!index) {
    index = fetch(localePath(base, lang, 'search-index.json')).then(async (r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      const file = (await r.json()) as SearchIndexFile;
      return { file, pages: buildPageIndex(file.pages, file.terms) };
    });
    indexes.set(lang, index);
  }
  return index;
}

/** Searches all three ways and returns one ranked list. Throws when no index can be loaded. */
export async function searchSite(lang: Lang, rawQuery: string, limit = 20): Promise<SearchHit[]> {
  const query = cleanQuery(rawQuery);
  if (!query) return [];
  const [index, engine] = await Promise.all([loadIndex(lang), loadTextSearch()]);
  const words = textQuery(query);
  const textHits = await textSearch(engine, words);
  const errorHits = errorSearch(lang, index.file, query);
  return mergeResults({ errorHits, pageHits: pageSearch(lang, index.pages, words), textHits, errorLine: looksLikeErrorLine(query) && !asksWhatItIs(index.pages, query) }, limit);
}

function errorSearch(lang: Lang, file: SearchIndexFile, query: string): ErrorHit[] {
  return errorLineSignal(file.errors, query).flatMap((m) => {
    const page = file.cases[m.slug];
    if (!page) return [];
    return [{ url: localePath(base, lang, `cases/${m.slug}/`), title: page.title, why: { kind: 'error', texts: m.texts, ...(m.reason ? { reason: file.reasons[m.reason] } : {}) }, highlight: m.texts, score: m.score }];
  });
}

function pageSearch(lang: Lang, pages: PageIndex, query: string): SearchHit[] {
  return rankPages(pages, query).map((r) => ({ url: localePath(base, lang, r.doc.path), title: r.doc.title, why: { kind: 'summary', text: r.doc.summary }, highlight: [] }));
}

/** True in `npm run dev`, where the full-text index doesn't exist: it is made by the build. */
export let textIndexMissing = false;

/** Pagefind, or null in `npm run dev` where its index doesn't exist. */
async function loadTextSearch(): Promise<Pagefind | null> {
  try {
    return await loadPagefind();
  } catch (error) {
    if (!import.meta.env.DEV) throw error;
    textIndexMissing = true;
    return null;
  }
}

async function textSearch(engine: Pagefind | null, query: string): Promise<SearchHit[]> {
  if (!engine || !query) return [];
  const matches = (await engine.search(query))?.results ?? [];
  const data = await Promise.all(matches.slice(0, FULL_TEXT_RESULTS).map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    why: { kind: 'excerpt', html: d.excerpt },
    highlight: [...d.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => decodeEntities(m[1] ?? '')),
  }));
}
