import { findRanges, highlightTerms } from '../../lib/highlight.ts';

/** Marks the words of `param` (?hl=…, one per line) in `root`, and scrolls to the first. */
export function highlightHits(root: Element, param: string): void {
  const terms = highlightTerms(param.split('\n'));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const ranges: Range[] = [];
  for (let node = walker.nextNode(); node && ranges.length < 200; node = walker.nextNode()) {
    for (const [start, end] of findRanges(node.textContent ?? '', terms)) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  if (ranges.length > 0) {
    CSS.highlights.set('search-hit', new Highlight(...ranges));
    if (!location.hash) ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }
}
