/**
 * The browser side of search: loads the error index and Pagefind on first use, asks both,
 * and merges their answers. Nothing here runs until the reader starts searching.
 */
import { matchErrors, type ErrorIndex } from '../../lib/search/error-matcher.ts';
import { fuseWordRankings, mergeResults, searchableWords, type ErrorHit, type SearchHit } from '../../lib/search/merge.ts';
import { cleanQuery, decodeEntities, textQuery } from '../../lib/search/query.ts';
import { localePath, withBase } from '../../lib/paths.ts';
import type { Lang } from '../../lib/taxonomy.ts';

/** What the build writes to /{lang}/search-index.json. */
export interface SearchIndexFile {
  errors: ErrorIndex;
  cases: Record<string, { title: string }>;
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

/** Fewer full-text results than this, and each word is searched on its own too. */
const FEW_RESULTS = 3;

const base = import.meta.env.BASE_URL;
let pagefind: Promise<Pagefind> | undefined;
const indexes = new Map<Lang, Promise<SearchIndexFile>>();

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

function loadIndex(lang: Lang): Promise<SearchIndexFile> {
  let index = indexes.get(lang);
  if (!index) {
    index = fetch(localePath(base, lang, 'search-index.json')).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json() as Promise<SearchIndexFile>;
    });
    indexes.set(lang, index);
  }
  return index;
}

/** Searches both ways and returns one ranked list. Throws when neither index can be loaded. */
export async function searchSite(lang: Lang, rawQuery: string, limit = 20): Promise<SearchHit[]> {
  const query = cleanQuery(rawQuery);
  if (!query) return [];
  const [errorHits, pagefind] = await Promise.all([errorSearch(lang, query), loadTextSearch()]);
  // Word by word only for plain words: an error line the matcher recognised needs no guessing.
  const textHits = await textSearch(pagefind, textQuery(query), errorHits.length === 0);
  return mergeResults(errorHits, textHits, limit);
}

async function errorSearch(lang: Lang, query: string): Promise<ErrorHit[]> {
  const { errors, cases } = await loadIndex(lang);
  return matchErrors(errors, query).flatMap((m) => {
    const page = cases[m.slug];
    if (!page) return [];
    const texts = m.matched.map((e) => e.text);
    return [{ url: localePath(base, lang, `cases/${m.slug}/`), title: page.title, why: { kind: 'error', texts }, highlight: texts, score: m.score }];
  });
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

async function textSearch(engine: Pagefind | null, query: string, wordByWord: boolean): Promise<SearchHit[]> {
  if (!engine || !query) return [];
  let matches = (await engine.search(query))?.results ?? [];
  const words = searchableWords(query);
  if (wordByWord && matches.length < FEW_RESULTS && words.length > 1) {
    // Pagefind wants every word on a page; a question in plain words may have some that no page has.
    const perWord = await Promise.all(words.map(async (w) => (await engine.search(w))?.results ?? []));
    const byId = new Map(perWord.flat().map((m) => [m.id, m]));
    const fused = fuseWordRankings(perWord.map((list) => list.map((m) => m.id)));
    matches = [...matches, ...fused.flatMap((id) => (byId.has(id) && !matches.some((m) => m.id === id) ? [byId.get(id)!] : []))];
  }
  const data = await Promise.all(matches.slice(0, 12).map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    why: { kind: 'excerpt', html: d.excerpt },
    highlight: [...d.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => decodeEntities(m[1] ?? '')),
  }));
}
