/**
 * How many pages a whole-site test visits at once. The browser renders one page while the test
 * waits on another, so a few at a time finish the ~400 pages sooner even on two cores.
 */
export const PAGES_AT_ONCE = 3;

/** Runs task for every item, at most `width` at a time; resolves when all have finished. */
export async function eachAtOnce<T>(items: Iterable<T>, width: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: Math.min(width, queue.length) }, worker));
}
