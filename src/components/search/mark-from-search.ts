/**
 * On a page opened from a search result (?hl=…, the words that matched), marks those words and
 * scrolls to the first. The marking code loads only on such a page. Without JS nothing happens.
 */
export function markWordsFromSearch(): void {
  const param = new URLSearchParams(location.search).get('hl');
  const root = document.querySelector('main');
  if (param && root && 'highlights' in CSS) void import('./highlight-hits.ts').then(({ highlightHits }) => highlightHits(root, param));
}
