import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CRAWL_TIMEOUT_MS, crawlSite, visitsTimeout } from './crawl.ts';
import { eachAtOnce, PAGES_AT_ONCE } from './pool.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** What one page's visit and axe run may take: a code page took 3.5 s, and 9 s while other builds shared the 2 cores. */
const AXE_MS_PER_PAGE = 10_000;

async function violationsOn(page: Page, path: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return result.violations.map(
    (v) => `/${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

test('every built page passes axe (WCAG 2.1 AA) with no violations, in light and dark colours', async ({ browser, baseURL }) => {
  test.setTimeout(CRAWL_TIMEOUT_MS);
  const crawlContext = await browser.newContext({ javaScriptEnabled: false });
  const pages = await crawlSite(await crawlContext.newPage(), baseURL!);
  await crawlContext.close();
  // Every page is checked in both colour schemes, however many pages there are.
  test.setTimeout(visitsTimeout(pages.size, 2, AXE_MS_PER_PAGE));

  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const tabs = await Promise.all(Array.from({ length: PAGES_AT_ONCE }, () => context.newPage()));
    await eachAtOnce(pages.keys(), PAGES_AT_ONCE, async (path) => {
      const page = tabs.pop()!;
      // Arriving from inside the site keeps the language chooser from sending the reader on.
      await page.goto(path, { referer: baseURL });
      violations.push(...(await violationsOn(page, `${path} (${colorScheme})`)));
      tabs.push(page);
    });
    await context.close();
  }
  expect(pages.size).toBeGreaterThan(5);
  expect(violations.sort()).toEqual([]);
});
