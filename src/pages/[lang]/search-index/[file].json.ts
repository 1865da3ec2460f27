import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import type { ErrorsFile } from '../../../components/search/error-search.ts';
import { contentDir } from '../../../content-dir.ts';
import { ui } from '../../../i18n/index.ts';
import { buildErrorIndex } from '../../../lib/search/error-matcher.ts';
import { pageDocs } from '../../../lib/search/page-docs.ts';
import { pageIndexFiles } from '../../../lib/search/page-index-files.ts';
import { buildPageIndex } from '../../../lib/search/page-ranker.ts';
import type { SearchTerm } from '../../../lib/search/search-terms.ts';
import { LANGS, type Lang } from '../../../lib/taxonomy.ts';
import { allCodePages, langOf, slugOf } from '../../../content-queries.ts';
import { fill } from '../../../lib/messages.ts';

/**
 * Everything search needs in one language, in files fetched by the browser only when the reader
 * starts searching, and then only those the query needs: the page ranker's tables, computed here
 * (pages.json, postings-{n}.json, page-{n}.json; see page-index-files.ts), and the error
 * matcher's index (errors.json), fetched only for a query that reads like an error line.
 * The search terms come from content/search-terms.yaml, checked at build by the content checks.
 * Server error texts are the same in both languages, so an English error line finds the
 * Japanese case on the Japanese site; `localErrors` (what mail programs show in this language)
 * are indexed only in their own.
 */
export const getStaticPaths = (async () => {
  const terms = await searchTerms();
  const glossary = (await getCollection('glossary')).map((e) => e.data);
  const perLang = await Promise.all(
    LANGS.map(async (lang) => {
      const files = await searchFiles(lang, terms, glossary);
      return Object.entries(files).map(([file, body]) => ({ params: { lang, file }, props: { body: JSON.stringify(body) } }));
    }),
  );
  return perLang.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });

async function searchFiles(lang: Lang, terms: SearchTerm[], glossary: Parameters<typeof pageDocs>[3]): Promise<Record<string, unknown>> {
  const t = ui(lang);
  const cases = await getCollection('cases', (e) => langOf(e) === lang);
  const guides = await getCollection('guides', (e) => langOf(e) === lang);
  const docs = pageDocs(
    lang,
    [
      ...cases.map((c) => ({ collection: 'cases' as const, slug: slugOf(c), ...c.data, errors: [...c.data.errors, ...c.data.localErrors], body: c.body ?? '' })),
      ...guides.map((g) => ({ collection: 'guides' as const, slug: slugOf(g), ...g.data, body: g.body ?? '' })),
    ],
    [
      { path: 'analyze/', title: t.analyzer.title, intro: t.analyzer.intro },
      { path: 'errors/', title: t.errorIndex.title, intro: t.errorIndex.intro, codes: [...new Set(cases.flatMap((c) => c.data.codes))] },
      { path: 'glossary/', title: t.glossaryTitle, intro: t.glossaryIntro },
    ],
    glossary,
  );
  const { meta, postings, pages } = pageIndexFiles(buildPageIndex(docs, terms), terms);
  const errors: ErrorsFile = {
    errors: buildErrorIndex(cases.map((c) => ({ slug: slugOf(c), codes: c.data.codes, errors: [...c.data.errors, ...c.data.localErrors] }))),
    cases: Object.fromEntries(cases.map((c) => [slugOf(c), { title: c.data.title }])),
    reasons: t.reasons,
    codes: Object.fromEntries(
      (await allCodePages()).map((p) => [p.code, { title: fill(t.codes.title, { code: p.code, name: p.meaning.name[lang] }), text: fill(t.errorIndex.codePage, { code: p.code }) }]),
    ),
  };
  return {
    pages: meta,
    errors,
    ...Object.fromEntries(postings.map((p, i) => [`postings-${i}`, p])),
    ...Object.fromEntries(pages.map((p, i) => [`page-${i}`, p])),
  };
}

/** The search terms, or none when the content has no search-terms.yaml (test fixtures). */
async function searchTerms(): Promise<SearchTerm[]> {
  const source = await readFile(join(contentDir, 'search-terms.yaml'), 'utf8').catch(() => null);
  if (source === null) return [];
  return (parse(source) as Array<Partial<SearchTerm> & { concept: string }>).map((e) => ({ concept: e.concept, en: e.en ?? [], ja: e.ja ?? [] }));
}
