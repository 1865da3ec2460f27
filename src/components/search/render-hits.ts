import type { SearchHit } from '../../lib/search/merge.ts';
import { decodeEntities } from '../../lib/search/query.ts';

/** The labels a result list needs, in the page's language. */
export interface HitLabels {
  matchedError: string;
}

/**
 * Writes the hits into a list as DOM nodes: text is always set as text, never parsed as HTML,
 * so nothing in a query or an excerpt can run.
 */
/** With an `idPrefix`, the list is a listbox of options (the header's suggestions). */
export function renderHits(list: HTMLElement, hits: readonly SearchHit[], labels: HitLabels, idPrefix = ''): void {
  list.replaceChildren(
    ...hits.map((hit, i) => {
      const item = document.createElement('li');
      item.className = 'py-3';
      const link = document.createElement('a');
      link.href = withHighlight(hit.url, hit.highlight);
      link.textContent = hit.title;
      link.className = 'font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-300';
      const why = document.createElement(idPrefix ? 'span' : 'p');
      why.className = 'mt-1 text-sm text-slate-700 dark:text-slate-300';
      if (hit.why.kind === 'error') {
        if (hit.why.reason) {
          const reason = document.createElement('strong');
          reason.textContent = hit.why.reason;
          why.append(reason, ' ');
        }
        why.append(`${labels.matchedError} `);
        hit.why.texts.slice(0, 3).forEach((text, j) => {
          if (j > 0) why.append(' · ');
          const code = document.createElement('code');
          code.textContent = text;
          why.append(code);
        });
      } else if (hit.why.kind === 'excerpt') {
        why.append(...excerptNodes(hit.why.html));
      } else {
        why.textContent = hit.why.text;
      }
      if (idPrefix) {
        // In a listbox each result is one option: the explanation goes inside it.
        item.setAttribute('role', 'presentation');
        link.id = `${idPrefix}-${i}`;
        link.setAttribute('role', 'option');
        link.tabIndex = -1;
        link.classList.add('block', 'rounded', 'px-2', 'py-1', 'no-underline', 'aria-selected:bg-slate-200', 'dark:aria-selected:bg-slate-700');
        why.classList.add('block', 'font-normal', 'no-underline');
        link.append(why);
        item.append(link);
      } else item.append(link, why);
      return item;
    }),
  );
}

/** Adds the words to highlight to a result's address, read by the page it leads to. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const target = new URL(url, location.href);
  target.searchParams.set('hl', terms.slice(0, 8).join('\n'));
  return target.pathname + target.search + target.hash;
}

/** Pagefind's excerpt marks words with <mark>; everything else in it is plain text. */
function excerptNodes(html: string): Node[] {
  return html.split(/(<mark>.*?<\/mark>)/g).flatMap((part): Node[] => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = decodeEntities(marked ? (marked[1] ?? '') : part);
    if (!text) return [];
    if (!marked) return [document.createTextNode(text)];
    const mark = document.createElement('mark');
    mark.textContent = text;
    return [mark];
  });
}
