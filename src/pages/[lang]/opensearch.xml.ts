import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../i18n/index.ts';
import { localePath, withBase } from '../../lib/paths.ts';
import { LANGS, type Lang } from '../../lib/taxonomy.ts';
import { xmlEscape as escape } from '../../lib/xml.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;


/** An OpenSearch description, so a browser can search the site from its address bar. */
export const GET: APIRoute = ({ params, site }) => {
  const lang = params.lang as Lang;
  const t = ui(lang);
  const base = import.meta.env.BASE_URL;
  const origin = site ?? new URL('http://localhost:4321');
  const searchUrl = new URL(localePath(base, lang, 'search/'), origin).href;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escape(t.siteName)}</ShortName>
  <Description>${escape(t.siteTagline)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${lang}</Language>
  <Image width="16" height="16" type="image/svg+xml">${escape(new URL(withBase(base, 'favicon.svg'), origin).href)}</Image>
  <Url type="text/html" method="get" template="${escape(searchUrl)}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escape(new URL(localePath(base, lang, 'opensearch.xml'), origin).href)}"/>
  <moz:SearchForm>${escape(searchUrl)}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
