import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { CRAWL_TIMEOUT_MS, crawlSite, visitsTimeout } from './crawl.ts';
import { eachAtOnce, PAGES_AT_ONCE } from './pool.ts';

/** Collects console errors, uncaught errors and CSP violations on a page from its first script on. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return async () => [...problems, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
}

test('no page logs an error or breaks its Content-Security-Policy', async ({ browser, baseURL }) => {
  test.setTimeout(CRAWL_TIMEOUT_MS);
  const crawler = await browser.newContext({ javaScriptEnabled: false });
  const pages = await crawlSite(await crawler.newPage(), baseURL!);
  await crawler.close();
  test.setTimeout(visitsTimeout(pages.size, 1, 3_000));
  const context = await browser.newContext();
  const found: string[] = [];
  await eachAtOnce(pages.keys(), PAGES_AT_ONCE, async (path) => {
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(path, { referer: baseURL });
    await page.waitForLoadState('networkidle');
    found.push(...(await problems()).map((p) => `/${path}: ${p}`));
    await page.close();
  });
  expect(found.sort()).toEqual([]);
});

test('searching, using the picker and analysing a bounce log no error and break no policy', async ({ page }) => {
  const problems = await watch(page);
  await page.goto('ja/search/?q=' + encodeURIComponent('添付ファイル 5.7.0'));
  await expect(page.getByTestId('search-results')).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('combobox').fill('over quota');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.goto('en/');
  await page.getByTestId('symptom-picker').getByRole('button').first().click();
  await page.goto('en/analyze/');
  await page.getByLabel('The bounce message').fill('Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full');
  await page.getByRole('button', { name: 'Analyse' }).click();
  await expect(page.getByTestId('bounce-results')).toContainText('mailbox is full');
  expect(await problems()).toEqual([]);
});

test('every page has a strict policy: no unsafe-inline scripts, every inline script hashed', async ({ request, browser, baseURL }) => {
  test.setTimeout(CRAWL_TIMEOUT_MS);
  const crawler = await browser.newContext({ javaScriptEnabled: false });
  const pages = await crawlSite(await crawler.newPage(), baseURL!);
  await crawler.close();
  const problems: string[] = [];
  for (const path of pages.keys()) {
    const html = await (await request.get(path)).text();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    if (!policy) {
      problems.push(`/${path}: no Content-Security-Policy`);
      continue;
    }
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
    if (!scriptSrc) problems.push(`/${path}: no script-src`);
    if (scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'")) problems.push(`/${path}: script-src allows unsafe code`);
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`;
      if (!scriptSrc.includes(hash)) problems.push(`/${path}: an inline script is not in the policy (${m[1]!.slice(0, 40)}…)`);
    }
  }
  expect(pages.size).toBeGreaterThan(5);
  expect(problems).toEqual([]);
});
