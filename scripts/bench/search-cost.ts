/**
 * Search cost: what the first search on the search page loads and how long until its results
 * are shown, then the same for a follow-up query typed into the header's search box; and the
 * first search typed into the header box of a case page (what the issue compares with other
 * sites). Medians over fresh browser contexts (nothing cached).
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
/** Typed into a case page's header box: an error line, and Japanese words. */
export const CASE_PAGE_SEARCHES: ReadonlyArray<{ lang: Lang; query: string }> = [
  { lang: 'en', query: 'over quota' },
  { lang: 'ja', query: '迷惑メールフォルダ' },
];
const CASE_PAGE = 'cases/mailbox-full/';
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

export interface CaseSearchCost {
  lang: Lang;
  query: string;
  /** The case page the query is typed on, inside its language. */
  page: string;
  runs: number;
  /**
   * Medians: milliseconds from typing the query until the first suggestion shows; what the
   * search loaded until then and in the second after (fragments for the rest of the list).
   */
  first: StepCost;
}

/** The first search from a case page: the page has loaded; then the query is typed into the header box. */
export async function measureCaseSearchCosts(browser: Browser, siteUrl: string): Promise<CaseSearchCost[]> {
  const costs: CaseSearchCost[] = [];
  for (const search of CASE_PAGE_SEARCHES) {
    const runs: StepCost[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await caseSearchOnce(browser, new URL(`${search.lang}/${CASE_PAGE}`, siteUrl).href, search.query));
    costs.push({ ...search, page: CASE_PAGE, runs: RUNS, first: medianCost(runs) });
  }
  return costs;
}

async function caseSearchOnce(browser: Browser, url: string, query: string): Promise<StepCost> {
  const context = await browser.newContext();
  try {
    const log = new NetworkLog(context);
    const page = await context.newPage();
    log.phase = 'page';
    await page.goto(url, { waitUntil: 'networkidle' });
    log.phase = 'search';
    const typed = performance.now();
    await page.getByRole('combobox').fill(query);
    await page.locator('[role="option"]').first().waitFor();
    const searchMs = performance.now() - typed;
    await page.waitForTimeout(1000);
    log.phase = 'after';
    const loaded = await log.settle();
    return cost(searchMs, loaded.filter((l) => l.phase === 'search'));
  } finally {
    await context.close();
  }
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
