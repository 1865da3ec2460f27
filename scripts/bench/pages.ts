/** The pages the bench loads, by name, as paths inside a language. */
import { LANGS, type Lang } from '../../src/lib/taxonomy.ts';

export const PAGES = [
  { name: 'home', path: '' },
  { name: 'case', path: 'cases/mailbox-full/' },
  { name: 'glossary', path: 'glossary/' },
  { name: 'search', path: 'search/' },
  { name: 'analyser', path: 'analyze/' },
] as const;
export type PageName = (typeof PAGES)[number]['name'];

export interface PageToLoad {
  name: PageName;
  lang: Lang;
  url: string;
}

/** The named pages in both languages, as absolute URLs on the site. */
export function pagesToLoad(siteUrl: string, names: readonly PageName[]): PageToLoad[] {
  return PAGES.filter((p) => names.includes(p.name)).flatMap(({ name, path }) => LANGS.map((lang) => ({ name, lang, url: new URL(`${lang}/${path}`, siteUrl).href })));
}
