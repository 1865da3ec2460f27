/**
 * The header search box's suggestions, loaded with the search code once the reader types: runs
 * the search and writes the options, the count and the link to every result into the popup.
 */
import { fill, plural, shorten, type PluralForms } from '../../lib/messages.ts';
import type { SearchHit } from '../../lib/search/merge.ts';
import type { Lang } from '../../lib/taxonomy.ts';
import { renderHits } from './render-hits.ts';
import { searchSite } from './search-client.ts';

const SUGGESTIONS = 6;

export interface Popup {
  list: HTMLElement;
  status: HTMLElement;
  all: HTMLAnchorElement;
  /** The box's form: its action is the search page. */
  form: HTMLFormElement;
  /** The box's data-* labels: lang, matchedError, count, allResults. */
  labels: DOMStringMap;
}

/** Shows the suggestions for a query; `current` says whether it is still the query typed. */
export async function suggest(popup: Popup, query: string, current: () => boolean): Promise<void> {
  const { list, status, all, form, labels } = popup;
  const lang = labels.lang as Lang;
  const show = (hits: readonly SearchHit[]) => {
    if (current()) renderHits(list, hits, { matchedError: labels.matchedError ?? '' }, 'site-search-option');
  };
  const hits = await searchSite(lang, query, SUGGESTIONS, show);
  if (!current()) return; // the reader typed on: a newer search is coming
  show(hits);
  status.textContent = plural(JSON.parse(labels.count ?? '{}') as PluralForms, hits.length, lang);
  all.href = `${form.action}?q=${encodeURIComponent(query)}`;
  all.textContent = fill(labels.allResults ?? '', { q: shorten(query, 40) });
}
