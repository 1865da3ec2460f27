import { LANGS, type Lang } from './taxonomy.ts';

/** Joins the site's base path and a path inside the site, always with a trailing slash for pages. */
export function withBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}

/** The URL of a page in one language: localePath('/kb/', 'ja', 'cases/mailbox-full/') → /kb/ja/cases/mailbox-full/ */
export function localePath(base: string, lang: Lang, path = ''): string {
  return withBase(base, `${lang}/${path.replace(/^\/+/, '')}`);
}

/** The language a pathname is in, or null for pages outside both languages (like the chooser). */
export function langOfPath(base: string, pathname: string): Lang | null {
  const rest = stripBase(base, pathname);
  const first = rest.split('/')[0];
  return (LANGS as readonly string[]).includes(first ?? '') ? (first as Lang) : null;
}

/** The same page in the other language: keeps everything after the language segment. */
export function switchLangPath(base: string, pathname: string, to: Lang): string {
  const rest = stripBase(base, pathname);
  const [, ...tail] = rest.split('/');
  return langOfPath(base, pathname) ? localePath(base, to, tail.join('/')) : localePath(base, to);
}

function stripBase(base: string, pathname: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.startsWith(cleanBase) ? pathname.slice(cleanBase.length) : pathname.replace(/^\/+/, '');
  return path;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ja' : 'en';
}

/** Picks the reader's language from the browser's preference list (navigator.languages). */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ja') return 'ja';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
