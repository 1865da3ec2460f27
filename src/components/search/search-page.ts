import { fill, plural, shorten, type PluralForms } from '../../lib/messages.ts';
import type { SearchHit } from '../../lib/search/merge.ts';
import type { Lang } from '../../lib/taxonomy.ts';

/**
 * The search page: reads ?q= and shows every result. The results element carries
 * aria-busy="true" while searching and "false" once the results for this query are shown.
 */
export class SearchPage extends HTMLElement {
  async connectedCallback() {
    const results = this.querySelector<HTMLElement>('[data-testid="search-results"]')!;
    const list = results.querySelector('ol')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const empty = this.querySelector<HTMLElement>('[data-empty]')!;
    const input = this.querySelector('input')!;
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    this.querySelector('[data-needs-js]')?.remove();
    if (!query.trim()) {
      results.setAttribute('aria-busy', 'false');
      input.focus();
      return;
    }
    status.textContent = this.dataset.searching ?? '';
    try {
      // The search code loads only when there is something to search for.
      const [client, { renderHits }] = await Promise.all([import('./search-client.ts'), import('./render-hits.ts')]);
      const show = (hits: readonly SearchHit[]) => renderHits(list, hits, { matchedError: this.dataset.matchedError ?? '' });
      const hits = await client.searchSite(this.dataset.lang as Lang, query, undefined, show);
      show(hits);
      const count = plural(JSON.parse(this.dataset.count ?? '{}') as PluralForms, hits.length, this.dataset.lang as Lang);
      status.textContent = [hits.length > 0 ? count : '', client.textIndexMissing ? this.dataset.needsBuild : ''].filter(Boolean).join(' ');
      empty.hidden = hits.length > 0;
      empty.querySelector('[data-query]')!.textContent = fill(this.dataset.empty ?? '', { q: shorten(query, 80) });
    } catch {
      status.textContent = this.dataset.failed ?? '';
    } finally {
      results.setAttribute('aria-busy', 'false');
    }
  }
}
