import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { SearchIndexFile } from '../../components/search/search-client.ts';
import { buildErrorIndex } from '../../lib/search/error-matcher.ts';
import { LANGS, type Lang } from '../../lib/taxonomy.ts';
import { langOf, slugOf } from '../../content-queries.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * The error matcher's index and the case titles in one language: fetched by the browser only
 * when the reader starts searching. Server error texts are the same in both languages, so an
 * English error line finds the Japanese case on the Japanese site; `localErrors` (what mail
 * programs show in this language) are indexed only in their own language.
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const cases = await getCollection('cases', (e) => langOf(e) === lang);
  const file: SearchIndexFile = {
    errors: buildErrorIndex(cases.map((c) => ({ slug: slugOf(c), codes: c.data.codes, errors: [...c.data.errors, ...c.data.localErrors] }))),
    cases: Object.fromEntries(cases.map((c) => [slugOf(c), { title: c.data.title }])),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
