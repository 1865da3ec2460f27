import { describe, expect, it } from 'vitest';
import { isPagesMeta, pageIndexFiles, PAGES_PER_FILE, postingsOf, shardOf, tablesOf } from '../../../src/lib/search/page-index-files.ts';
import { buildPageIndex, queryFeatures, rankPageNumbers, rankPages, type PageDoc } from '../../../src/lib/search/page-ranker.ts';
import type { SearchTerm } from '../../../src/lib/search/search-terms.ts';

const terms: SearchTerm[] = [
  { concept: 'mailbox-full', en: ['mailbox full', 'over quota'], ja: ['満杯', '容量オーバー'] },
  { concept: 'definition', en: ['what is'], ja: ['とは'] },
];
const docs: PageDoc[] = Array.from({ length: 30 }, (_, i) => ({
  path: `cases/case-${String(i).padStart(2, '0')}/`,
  kind: 'case' as const,
  title: `Case ${i} about word${i % 7} and word${i % 5}`,
  summary: i % 3 === 0 ? 'The mailbox is over quota.' : `Summary of case ${i}.`,
  errors: i % 4 === 0 ? `550 5.1.${i % 10} user unknown` : undefined,
}));
docs.push({ path: 'glossary/#spf', kind: 'term', title: 'SPF', summary: 'A list of sending servers.', keywords: 'SPF / Sender Policy Framework' });
const index = buildPageIndex(docs, terms);
const files = pageIndexFiles(index, terms);

/** Ranks from the files as the browser does: the meta file, the query's postings files, the page files. */
function rankFromFiles(query: string): string[] {
  const base = tablesOf(files.meta);
  const features = queryFeatures(base.matcher, query);
  const shards = new Set([...features].map((f) => shardOf(f, files.meta.shards)));
  const postings = postingsOf([...shards].map((n) => files.postings[n]!));
  return rankPageNumbers({ ...base, postings }, features).map((r) => files.pages[Math.floor(r.page / PAGES_PER_FILE)]![r.page % PAGES_PER_FILE]!.path);
}

describe('the page index as files fetched by the browser', () => {
  it('ranks a query from only the postings of its own words exactly as the whole index does', () => {
    for (const query of ['mailbox over quota', 'word3 word4', '5.1.4 user unknown', 'what is SPF', 'nothing like this']) {
      expect(rankFromFiles(query)).toEqual(rankPages(index, query).map((r) => r.doc.path));
    }
    expect(rankFromFiles('mailbox over quota')).not.toEqual([]);
  });

  it('splits the postings into several files and keeps each feature in the file its hash names', () => {
    const many = buildPageIndex(
      Array.from({ length: 300 }, (_, i): PageDoc => ({ path: `cases/c${i}/`, kind: 'case', title: `alpha${i} beta${i} gamma${i}`, summary: `delta${i}` })),
      terms,
    );
    const split = pageIndexFiles(many, terms);
    expect(split.meta.shards).toBeGreaterThan(1);
    split.postings.forEach((file, n) => Object.keys(file).forEach((feature) => expect(shardOf(feature, split.meta.shards)).toBe(n)));
    expect(split.postings.reduce((n, file) => n + Object.keys(file).length, 0)).toBe(many.postings.size);
  });

  it('keeps each page once, in page files of a fixed size, and a meta file that says what it is', () => {
    expect(files.pages.flat().map((p) => p.path)).toEqual(index.docs.map((d) => d.path));
    expect(files.pages.every((f) => f.length <= PAGES_PER_FILE)).toBe(true);
    expect(isPagesMeta(JSON.parse(JSON.stringify(files.meta)))).toBe(true);
    expect(isPagesMeta({ ...files.meta, version: 0 })).toBe(false);
    expect(isPagesMeta({ ...files.meta, kinds: 'c' })).toBe(false);
  });
});
