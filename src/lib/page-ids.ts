const counts = new WeakMap<object, Map<string, number>>();

/**
 * Counts the uses of `key` on one page, identified by an object that lives as long as its rendering
 * (Astro.locals): 1 the first time, 2 the next… Ids built from it are unique on the page and the
 * same on every build.
 */
export function nthOnPage(page: object, key: string): number {
  const keys = counts.get(page) ?? new Map<string, number>();
  counts.set(page, keys);
  const n = (keys.get(key) ?? 0) + 1;
  keys.set(key, n);
  return n;
}
