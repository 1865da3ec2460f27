import type { PageDoc, PageIndex, PageKind, RankTables } from './page-ranker.ts';
import { prepareTerms, type SearchTerm } from './search-terms.ts';

/**
 * The page ranker's tables as files, computed at build time, so that a first search fetches
 * only what its query needs and nothing is indexed in the browser:
 *
 * - `pages.json` (PagesMeta): the search terms, each page's length and kind, and how many
 *   postings and page files there are. A few bytes per page.
 * - `postings-{n}.json` (PostingsFile): the postings of the features whose hash falls in shard
 *   n. A query fetches the shards of its own features, a handful whatever the catalog's size.
 * - `page-{n}.json` (PageFile): the title, address and summary of a run of PAGES_PER_FILE
 *   pages, fetched for the results shown.
 *
 * The number of shards grows with the postings, so a shard stays about the same size and a
 * query fetches about the same bytes however many pages there are (a very common word's list
 * still grows with the pages that have it).
 */
export interface PagesMeta {
  version: typeof FILES_VERSION;
  terms: SearchTerm[];
  /** Each page's weighted length, doubled (every weight is a multiple of ½). */
  lengths: number[];
  /** Each page's kind, one letter a page (see KIND_LETTER). */
  kinds: string;
  shards: number;
}

/** feature → [page number, weighted count doubled, page number, count, …] */
export type PostingsFile = Record<string, number[]>;

export type PageFile = Array<Pick<PageDoc, 'path' | 'title' | 'summary'>>;

const FILES_VERSION = 1;
/** Postings (page, count) per shard: about 4 KB gzip. */
const ENTRIES_PER_SHARD = 750;
export const PAGES_PER_FILE = 8;
const KIND_LETTER: Record<PageKind, string> = { case: 'c', guide: 'g', tool: 't', term: 'd' };
const LETTER_KIND = Object.fromEntries(Object.entries(KIND_LETTER).map(([kind, letter]) => [letter, kind as PageKind]));

export interface PageIndexFiles {
  meta: PagesMeta;
  postings: PostingsFile[];
  pages: PageFile[];
}

export function pageIndexFiles(index: PageIndex, terms: readonly SearchTerm[]): PageIndexFiles {
  const entries = [...index.postings.values()].reduce((n, list) => n + list.length, 0);
  const shards = Math.max(1, Math.ceil(entries / ENTRIES_PER_SHARD));
  const postings: PostingsFile[] = Array.from({ length: shards }, () => ({}));
  for (const [feature, list] of index.postings) postings[shardOf(feature, shards)]![feature] = list.flatMap(([page, n]) => [page, Math.round(n * 2)]);
  const pages: PageFile[] = [];
  index.docs.forEach((d, i) => (pages[Math.floor(i / PAGES_PER_FILE)] ??= []).push({ path: d.path, title: d.title, summary: d.summary }));
  return {
    meta: { version: FILES_VERSION, terms: [...terms], lengths: index.lengths.map((l) => Math.round(l * 2)), kinds: index.kinds.map((k) => KIND_LETTER[k]).join(''), shards },
    postings,
    pages,
  };
}

/** Which postings file holds a feature (FNV-1a over its UTF-16 code units). */
export function shardOf(feature: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) hash = Math.imul(hash ^ feature.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shards;
}

/** Everything of the ranker's tables but the postings, from the meta file: made once per language. */
export function tablesOf(meta: PagesMeta): Omit<RankTables, 'postings'> {
  const lengths = meta.lengths.map((l) => l / 2);
  return {
    matcher: prepareTerms(meta.terms),
    lengths,
    kinds: [...meta.kinds].map((letter) => LETTER_KIND[letter] ?? 'case'),
    averageLength: lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length),
  };
}

/** The postings of the files fetched for a query, as the ranker reads them. */
export function postingsOf(files: readonly PostingsFile[]): RankTables['postings'] {
  const lists = new Map<string, Array<readonly [number, number]>>();
  for (const file of files) {
    for (const [feature, flat] of Object.entries(file)) {
      const list: Array<readonly [number, number]> = [];
      for (let i = 0; i + 1 < flat.length; i += 2) list.push([flat[i]!, flat[i + 1]! / 2]);
      lists.set(feature, list);
    }
  }
  return lists;
}

export function isPagesMeta(value: unknown): value is PagesMeta {
  if (typeof value !== 'object' || value === null) return false;
  const { version, terms, lengths, kinds, shards } = value as Partial<PagesMeta>;
  return version === FILES_VERSION && Array.isArray(terms) && Array.isArray(lengths) && typeof kinds === 'string' && kinds.length === lengths.length && Number.isInteger(shards) && (shards ?? 0) > 0;
}
