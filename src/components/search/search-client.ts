/**
 * The browser side of search. The page ranker's own index answers first: its meta file, the
 * postings of the query's words and the titles of the pages it found (all computed at build,
 * see page-index-files.ts). A query that reads like an error line also asks the error-line
 * signal (error-search.ts, loaded only then). Pagefind's full-text search, the heaviest part,
 * is asked only when these find too little, and its excerpts are fetched only for the results
 * that can be shown. Nothing here runs until the reader starts searching.
 */
import { looksLikeErrorLine } from '../../lib/search/error-line.ts';
import { mergeResults, type ErrorHit, type SearchHit } from '../../lib/search/merge.ts';
import { isPagesMeta, PAGES_PER_FILE, postingsOf, shardOf, tablesOf, type PageFile, type PagesMeta, type PostingsFile } from '../../lib/search/page-index-files.ts';
import { asksWhatItIs, highlightWords, queryFeatures, rankPageNumbers, type RankTables } from '../../lib/search/page-ranker.ts';
import { cleanQuery, decodeEntities, textQuery } from '../../lib/search/query.ts';
import { localePath, withBase } from '../../lib/paths.ts';
import type { Lang } from '../../lib/taxonomy.ts';

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
/** The most pages the ranker contributes; the merged list is cut to the caller's limit. */
const RANKED_PAGES = 12;
/**
 * With this many pages from the own index, the full-text search is not asked: measured on the
 * query samples, it changes the first three results only for queries the own index hardly answers.
 */
const ENOUGH_OWN_RESULTS = 3;

const base = import.meta.env.BASE_URL;
const pagefind = new Map<Lang, Promise<Pagefind>>();
const fetched = new Map<string, Promise<unknown>>();
const tables = new Map<Lang, Promise<Omit<RankTables, 'postings'> & { shards: number }>>();

/** A file of /{lang}/search-index/, fetched once. */
function indexFile<T>(lang: Lang, name: string): Promise<T> {
  const url = localePath(base, lang, `search-index/${name}.json`);
  let file = fetched.get(url);
  if (!file) {
    file = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json();
    });
    fetched.set(url, file);
  }
  return file as Promise<T>;
}

function loadTables(lang: Lang): Promise<Omit<RankTables, 'postings'> & { shards: number }> {
  let t = tables.get(lang);
  if (!t) {
    t = indexFile<PagesMeta>(lang, 'pages').then((meta) => {
      if (!isPagesMeta(meta)) throw new Error('search index: not a pages index of this version');
      return { ...tablesOf(meta), shards: meta.shards };
    });
    tables.set(lang, t);
  }
  return t;
}

/**
 * Searches the ways the query needs and returns one ranked list. When the full-text search is
 * needed, `early` first receives what the own index found, to show while Pagefind loads.
 * Throws when no index can be loaded.
 */
export async function searchSite(lang: Lang, rawQuery: string, limit = 20, early?: (hits: SearchHit[]) => void): Promise<SearchHit[]> {
  const query = cleanQuery(rawQuery);
  if (!query) return [];
  const errorLine = looksLikeErrorLine(query);
  const words = textQuery(query);
  const [own, errors] = await Promise.all([pageSearch(lang, words, Math.min(limit, RANKED_PAGES)), errorLine ? import('./error-search.ts').then((m) => m.errorSearch(lang, query)) : { cases: [] as ErrorHit[], codePage: undefined }]);
  const answers = { errorHits: errors.cases, pageHits: own.hits, textHits: [] as SearchHit[], errorLine: errorLine && !asksWhatItIs(own.matcher, query) };
  const withCode = (hits: SearchHit[]) => withCodePage(hits, errors.codePage, limit);
  const first = withCode(mergeResults(answers, limit));
  if (first.length >= Math.min(limit, ENOUGH_OWN_RESULTS)) return first;
  if (first.length > 0) early?.(first);
  return withCode(mergeResults({ ...answers, textHits: await textSearch(await loadTextSearch(lang), words, limit) }, limit));
}

/** The cases an error line is best answered by; the page of its code comes after them. */
const CASES_BEFORE_CODE_PAGE = 3;

/**
 * The page of the code an error line carries comes after the best cases: they say what to do,
 * the code's page what each provider means by the code.
 */
function withCodePage(hits: SearchHit[], codePage: SearchHit | undefined, limit: number): SearchHit[] {
  if (!codePage) return hits;
  const rest = hits.filter((h) => h.url !== codePage.url);
  return [...rest.slice(0, CASES_BEFORE_CODE_PAGE), codePage, ...rest.slice(CASES_BEFORE_CODE_PAGE)].slice(0, limit);
}

async function pageSearch(lang: Lang, words: string, limit: number): Promise<{ hits: SearchHit[]; matcher: RankTables['matcher'] }> {
  const ranker = await loadTables(lang);
  const features = queryFeatures(ranker.matcher, words);
  const shards = [...new Set([...features].map((f) => shardOf(f, ranker.shards)))];
  const postings = postingsOf(await Promise.all(shards.map((n) => indexFile<PostingsFile>(lang, `postings-${n}`))));
  const ranked = rankPageNumbers({ ...ranker, postings }, features, limit);
  const pageFiles = new Map<number, PageFile>();
  await Promise.all(
    [...new Set(ranked.map((r) => Math.floor(r.page / PAGES_PER_FILE)))].map(async (n) => pageFiles.set(n, await indexFile<PageFile>(lang, `page-${n}`))),
  );
  const hits = ranked.flatMap((r): SearchHit[] => {
    const doc = pageFiles.get(Math.floor(r.page / PAGES_PER_FILE))?.[r.page % PAGES_PER_FILE];
    return doc ? [{ url: localePath(base, lang, doc.path), title: doc.title, why: { kind: 'summary', text: doc.summary }, highlight: highlightWords(words, r.matched) }] : [];
  });
  return { hits, matcher: ranker.matcher };
}

/** True in `npm run dev`, where the full-text index doesn't exist: it is made by the build. */
export let textIndexMissing = false;

function loadPagefind(lang: Lang): Promise<Pagefind> {
  let engine = pagefind.get(lang);
  if (!engine) {
    engine = (async () => {
      // Imported through a variable: the file exists only in the built site, not in the bundle.
      // Each language has a Pagefind bundle of its own (src/integrations/pagefind.ts).
      const url = withBase(base, `pagefind/${lang}/pagefind.js`);
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({ baseUrl: base, excerptLength: 24 });
      return module;
    })();
    pagefind.set(lang, engine);
  }
  return engine;
}

/** Pagefind, or null in `npm run dev` where its index doesn't exist. */
async function loadTextSearch(lang: Lang): Promise<Pagefind | null> {
  try {
    return await loadPagefind(lang);
  } catch (error) {
    if (!import.meta.env.DEV) throw error;
    textIndexMissing = true;
    return null;
  }
}

async function textSearch(engine: Pagefind | null, query: string, limit: number): Promise<SearchHit[]> {
  if (!engine || !query) return [];
  const matches = (await engine.search(query))?.results ?? [];
  // Each result's excerpt is a file of its own: only as many as can be shown.
  const data = await Promise.all(matches.slice(0, Math.min(limit, FULL_TEXT_RESULTS)).map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    why: { kind: 'excerpt', html: d.excerpt },
    highlight: [...d.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => decodeEntities(m[1] ?? '')),
  }));
}
