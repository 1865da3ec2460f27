import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import type { SearchIndexFile } from '../../components/search/search-client.ts';
import { contentDir } from '../../content-dir.ts';
import { ui } from '../../i18n/index.ts';
import { buildErrorIndex } from '../../lib/search/error-matcher.ts';
import { pageDocs } from '../../lib/search/page-docs.ts';
import type { SearchTerm } from '../../lib/search/search-terms.ts';
import { LANGS, type Lang } from '../../lib/taxonomy.ts';
import { langOf, slugOf } from '../../content-queries.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * Everything search needs in one language, fetched by the browser only when the reader starts
 * searching: the error matcher's index, the pages for the ranker, and the search terms
 * (content/search-terms.yaml, checked at build by the content checks). Server error texts are
 * the same in both languages, so an English error line finds the Japanese case on the Japanese
 * site; `localErrors` (what mail programs show in this language) are indexed only in their own.
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const t = ui(lang);
  const cases = await getCollection('cases', (e) => langOf(e) === lang);
  const guides = await getCollection('guides', (e) => langOf(e) === lang);
  const glossary = (await getCollection('glossary')).map((e) => e.data);
  const file: SearchIndexFile = {
    errors: buildErrorIndex(cases.map((c) => ({ slug: slugOf(c), codes: c.data.codes, errors: [...c.data.errors, ...c.data.localErrors] }))),
    cases: Object.fromEntries(cases.map((c) => [slugOf(c), { title: c.data.title }])),
    pages: pageDocs(
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
    ),
    terms: await searchTerms(),
    reasons: t.reasons,
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};

/** The search terms, or none when the content has no search-terms.yaml (test fixtures). */
async function searchTerms(): Promise<SearchTerm[]> {
  const source = await readFile(join(contentDir, 'search-terms.yaml'), 'utf8').catch(() => null);
  if (source === null) return [];
  return (parse(source) as Array<Partial<SearchTerm> & { concept: string }>).map((e) => ({ concept: e.concept, en: e.en ?? [], ja: e.ja ?? [] }));
}
