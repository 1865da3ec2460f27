/** Page weight before interaction: what each page loads until the network is idle, per kind. */
import type { Browser } from '@playwright/test';
import { NetworkLog } from './network.ts';
import { PAGES, pagesToLoad, type PageToLoad } from './pages.ts';
import { meetsTargets, sizesByKind, type Sizes } from './weights.ts';

export interface PageWeight extends PageToLoad {
  requests: number;
  raw: Sizes;
  gzip: Sizes;
  meets: { js: boolean; total: boolean };
}

/** Every page of the bench, in both languages. */
export async function measurePageWeights(browser: Browser, siteUrl: string): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const page of pagesToLoad(siteUrl, PAGES.map((p) => p.name))) weights.push(await weighPage(browser, page));
  return weights;
}

/** Loads one page in a fresh context (empty cache) and adds up everything it loaded. */
async function weighPage(browser: Browser, { name, lang, url }: PageToLoad): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const log = new NetworkLog(context);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const loaded = await log.settle();
    const gzip = sizesByKind(loaded, (l) => l.gzipBytes);
    return { name, lang, url, requests: loaded.length, raw: sizesByKind(loaded, (l) => l.bytes), gzip, meets: meetsTargets(gzip) };
  } finally {
    await context.close();
  }
}
