/**
 * The error-line side of search, loaded only for a query that reads like an error line: the
 * error matcher's index and the diagnosis core, which are not needed for a question in words.
 */
import { errorLineSignal } from '../../lib/search/diagnosis-signal.ts';
import type { ErrorIndex } from '../../lib/search/error-matcher.ts';
import type { ErrorHit } from '../../lib/search/merge.ts';
import { localePath } from '../../lib/paths.ts';
import type { Lang, Reason } from '../../lib/taxonomy.ts';

/** What the build writes to /{lang}/search-index/errors.json. */
export interface ErrorsFile {
  errors: ErrorIndex;
  cases: Record<string, { title: string }>;
  /** Each bounce reason in plain words, shown beside the case an error line was diagnosed as. */
  reasons: Record<Reason, string>;
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

/** The cases an error line points to, best first, as hits. */
export async function errorSearch(lang: Lang, query: string): Promise<ErrorHit[]> {
  const file = await loadErrors(lang);
  return errorLineSignal(file.errors, query).flatMap((m) => {
    const page = file.cases[m.slug];
    if (!page) return [];
    return [{ url: localePath(base, lang, `cases/${m.slug}/`), title: page.title, why: { kind: 'error', texts: m.texts, ...(m.reason ? { reason: file.reasons[m.reason] } : {}) }, highlight: m.texts, score: m.score }];
  });
}
