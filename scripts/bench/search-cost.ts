/**
 * Search cost: what the first search on the search page loads and how long until its results
 * are shown, then the same for a follow-up query typed into the header's search box.
 * Medians over fresh browser contexts (nothing cached).
 */
import { performance } from 'node:perf_hooks';
import type { Browser } from '@playwright/test';
import type { Lang } from '../../src/lib/taxonomy.ts';
import { NetworkLog, type Loaded } from './network.ts';
import { median } from './report.ts';
import { ownAssets } from './weights.ts';

export const SEARCHES: ReadonlyArray<{ lang: Lang; query: string; followUp: string }> = [
  { lang: 'en', query: 'over quota', followUp: 'user unknown' },
  { lang: 'ja', query: '添付ファイル', followUp: '迷惑メール' },
];
const RUNS = 5;

/** One step's cost: milliseconds until its results showed, and what it loaded. */
export interface StepCost {
  ms: number;
  requests: number;
  bytes: number;
  gzipBytes: number;
}

export interface SearchCost {
  lang: Lang;
  query: string;
  followUp: string;
  runs: number;
  /** Medians over the runs. */
  first: StepCost;
  next: StepCost;
}

export async function measureSearchCosts(browser: Browser, siteUrl: string): Promise<SearchCost[]> {
  const costs: SearchCost[] = [];
  for (const search of SEARCHES) {
    const runs: Array<{ first: StepCost; next: StepCost }> = [];
    for (let i = 0; i < RUNS; i++) runs.push(await searchOnce(browser, siteUrl, search));
    costs.push({ ...search, runs: RUNS, first: medianCost(runs.map((r) => r.first)), next: medianCost(runs.map((r) => r.next)) });
  }
  return costs;
}

async function searchOnce(browser: Browser, siteUrl: string, search: (typeof SEARCHES)[number]): Promise<{ first: StepCost; next: StepCost }> {
  const url = new URL(`${search.lang}/search/?q=${encodeURIComponent(search.query)}`, siteUrl).href;
  const context = await browser.newContext();
  try {
    const log = new NetworkLog(context);
    const page = await context.newPage();

    log.phase = 'first';
    const navigated = performance.now();
    const response = await page.goto(url, { waitUntil: 'commit' });
    await page.locator('[data-testid="search-results"][aria-busy="false"]').waitFor({ state: 'attached' });
    const firstMs = performance.now() - navigated;
    const html = (await response?.text()) ?? '';

    log.phase = 'next';
    const typed = performance.now();
    await page.getByRole('combobox').fill(search.followUp);
    await page.locator('[role="option"]').first().waitFor();
    const nextMs = performance.now() - typed;
    log.phase = 'after';

    const loaded = await log.settle();
    const own = ownAssets(html, url);
    const firstLoads = loaded.filter((l) => l.phase === 'first' && !own.has(l.url));
    return { first: cost(firstMs, firstLoads), next: cost(nextMs, loaded.filter((l) => l.phase === 'next')) };
  } finally {
    await context.close();
  }
}

function cost(ms: number, loads: readonly Loaded[]): StepCost {
  return {
    ms,
    requests: loads.length,
    bytes: loads.reduce((n, l) => n + l.bytes, 0),
    gzipBytes: loads.reduce((n, l) => n + l.gzipBytes, 0),
  };
}

function medianCost(costs: readonly StepCost[]): StepCost {
  const of = (key: keyof StepCost) => median(costs.map((c) => c[key]));
  return { ms: of('ms'), requests: of('requests'), bytes: of('bytes'), gzipBytes: of('gzipBytes') };
}
