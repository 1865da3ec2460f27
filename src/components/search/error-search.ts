/**
 * The error-line side of search, loaded only for a query that reads like an error line: the
 * error matcher's index and the diagnosis core, which are not needed for a question in words.
 */
import { errorLineSignal } from '../../lib/search/diagnosis-signal.ts';
import type { ErrorIndex } from '../../lib/search/error-matcher.ts';
import { codeWithPage } from '../../lib/search/code-pages.ts';
import type { ErrorHit, SearchHit } from '../../lib/search/merge.ts';
import { localePath } from '../../lib/paths.ts';
import type { Lang, Reason } from '../../lib/taxonomy.ts';

/** What the build writes to /{lang}/search-index/errors.json. */
export interface ErrorsFile {
  errors: ErrorIndex;
  cases: Record<string, { title: string }>;
  /** Each bounce reason in plain words, shown beside the case an error line was diagnosed as. */
  reasons: Record<Reason, string>;
  /** The codes that have a page (/{lang}/codes/{code}/), with the page's title and description. */
  codes: Record<string, { title: string; text: string }>;
}

/** What an error line points to: the cases, best first, and the page of the code it carries. */
export interface ErrorAnswer {
  cases: ErrorHit[];
  codePage?: SearchHit;
}

const base = import.meta.env.BASE_URL;
const files = new Map<Lang, Promise<ErrorsFile>>();

function loadErrors(lang: Lang): Promise<ErrorsFile> {
  let file = files.get(lang);
  if (!file) {
    file = fetch(localePath(base, lang, 'search-index/errors.json')).then((r) => {
      if (!r.ok) throw new Error(`error index: HTTP ${r.status}`);
      return r.json() as Promise<ErrorsFile>;
    });
    files.set(lang, file);
  }
  return file;
}

/** The cases an error line points to, best first, as hits; and its code's page, if it has one. */
export async function errorSearch(lang: Lang, query: string): Promise<ErrorAnswer> {
  const file = await loadErrors(lang);
  const cases = errorLineSignal(file.errors, query).flatMap((m): ErrorHit[] => {
    const page = file.cases[m.slug];
    if (!page) return [];
    return [{ url: localePath(base, lang, `cases/${m.slug}/`), title: page.title, why: { kind: 'error', texts: m.texts, ...(m.reason ? { reason: file.reasons[m.reason] } : {}) }, highlight: m.texts, score: m.score }];
  });
  const code = codeWithPage(query, new Set(Object.keys(file.codes)));
  const page = code ? file.codes[code] : undefined;
  return { cases, ...(code && page ? { codePage: { url: localePath(base, lang, `codes/${code}/`), title: page.title, why: { kind: 'summary', text: page.text }, highlight: [] } } : {}) };
}
