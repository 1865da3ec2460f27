import type { APIRoute, GetStaticPaths } from 'astro';
import { casesIn, guidesIn, slugOf } from '../../content-queries.ts';
import { LOCALE, ui } from '../../i18n/index.ts';
import { atomFeed } from '../../lib/feed.ts';
import { localePath } from '../../lib/paths.ts';
import { LANGS, type Lang } from '../../lib/taxonomy.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** Every case and guide of one language with the day its facts were last checked, newest first. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const t = ui(lang);
  const base = import.meta.env.BASE_URL;
  const origin = site ?? new URL('http://localhost:4321');
  const absolute = (path: string) => new URL(localePath(base, lang, path), origin).href;
  const pages = [
    ...(await casesIn(lang)).map((e) => ({ entry: e, path: `cases/${slugOf(e)}/` })),
    ...(await guidesIn(lang)).map((e) => ({ entry: e, path: `guides/${slugOf(e)}/` })),
  ];
  const body = atomFeed({
    title: `${t.siteName}: ${t.feed.title}`,
    subtitle: t.feed.subtitle,
    lang: LOCALE[lang].tag,
    selfUrl: absolute('feed.xml'),
    homeUrl: absolute(''),
    author: t.siteName,
    entries: pages.map(({ entry, path }) => ({ title: entry.data.title, summary: entry.data.summary, url: absolute(path), updated: entry.data.updated })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml' } });
};
