/** A stretch of text to highlight: [start, end) in UTF-16 code units. */
export type Range = readonly [number, number];

/** Words worth highlighting: no one- or two-letter words, at most a handful. */
export function highlightTerms(raw: readonly string[]): string[] {
  const terms = raw
    .flatMap((t) => t.normalize('NFKC').split(/\s{2,}/))
    .map((t) => t.trim())
    .filter((t) => t.length >= 3 || /[\u3040-\u30ff\u4e00-\u9fff]{2,}/.test(t));
  return [...new Set(terms)].slice(0, 12);
}

/**
 * Where the terms occur in a text, case-insensitively and width-insensitively (ＳＰＦ = SPF).
 * Overlapping matches are merged; the result is sorted.
 */
export function findRanges(text: string, terms: readonly string[]): Range[] {
  const haystack = foldForMatch(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const needle = foldForMatch(term);
    if (!needle) continue;
    for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
      ranges.push([i, i + needle.length]);
      if (ranges.length > 500) break;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * Lower-case and fold full-width ASCII to half-width, one code unit for one code unit, so that
 * positions in the folded text are positions in the original.
 */
function foldForMatch(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();
}
