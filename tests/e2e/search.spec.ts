import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/** Runs a query through the search page and returns the result links in rank order. */
async function searchFor(page: Page, lang: 'en' | 'ja', query: string): Promise<string[]> {
  await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}`);
  const results = page.getByTestId('search-results');
  await expect(results).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  return results.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const slugOf = (path: string) => /\/cases\/([a-z0-9-]+)\/$/.exec(path)?.[1] ?? path;

test('searching "over quota" leads to the mailbox-full case', async ({ page }) => {
  const links = await searchFor(page, 'en', 'over quota');
  expect(slugOf(links[0]!)).toBe('mailbox-full');
  await page.getByTestId('search-results').locator('a').first().click();
  await expect(page).toHaveURL(/\/en\/cases\/mailbox-full\/\?hl=/);
  // The marking code loads with the page, on a page opened from search.
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)).toBeGreaterThan(0);
});

test('a whole pasted bounce line in English finds the Japanese case on the Japanese site', async ({ page }) => {
  const links = await searchFor(page, 'ja', '550-5.1.1 <ab@example.com>: Recipient address rejected: User unknown in virtual mailbox table');
  expect(links[0]).toMatch(/\/ja\/cases\/wrong-address\/$/);
  await expect(page.getByTestId('search-results').locator('li').first()).toContainText('5.1.1');
});

test('plain Japanese words find the case', async ({ page }) => {
  expect((await searchFor(page, 'ja', '添付ファイルが送れない')).slice(0, 3).map(slugOf)).toContain('attachment-blocked');
});

test('a Japanese sentence typed the colloquial way finds the case', async ({ page }) => {
  expect((await searchFor(page, 'ja', '相手のメールボックスが満杯で戻ってきた')).slice(0, 3).map(slugOf)).toContain('mailbox-full');
  expect((await searchFor(page, 'ja', 'ジーメールに送ったらはじかれた')).length).toBeGreaterThan(0);
});

test('a pasted error line leads to the diagnosed case and says the reason in plain words', async ({ page }) => {
  const links = await searchFor(page, 'en', '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org');
  expect(slugOf(links[0]!)).toBe('blocklisted-ip');
  await expect(page.getByTestId('search-results').locator('li').first()).toContainText('Your sending server’s IP address is blocked');
});

test('tool pages are answers too: the analyser, the error index and a glossary entry', async ({ page }) => {
  expect((await searchFor(page, 'ja', 'エラーメールを丸ごと貼り付けて調べたい')).slice(0, 3)).toContain('/ja/analyze/');
  expect((await searchFor(page, 'en', 'list of smtp error codes')).slice(0, 3)).toContain('/en/errors/');
  const spf = page.getByTestId('search-results').locator('a');
  await searchFor(page, 'ja', 'SPFとは');
  await expect(spf.first()).toHaveAttribute('href', /\/ja\/glossary\/(\?[^#]*)?#spf$/);
});

test('a first search in words loads only the index files it needs: no full-text search, no error index', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  expect(slugOf((await searchFor(page, 'en', 'over quota'))[0]!)).toBe('mailbox-full');
  expect(requested.filter((p) => p.includes('/pagefind/') || p.endsWith('/search-index/errors.json'))).toEqual([]);
  expect(requested.filter((p) => /\/en\/search-index\/postings-\d+\.json$/.test(p)).length).toBeGreaterThan(0);
});

test('a word found only in the full text of a page is still found, by the full-text search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  expect((await searchFor(page, 'en', 'delay_warning_time')).map(slugOf)).toContain('delivery-delayed-expired');
  expect(requested.some((p) => p.includes('/pagefind/'))).toBe(true);
});

test('a query that matches nothing says so and offers the picker and the error index', async ({ page }) => {
  const links = await searchFor(page, 'en', 'zzqqxxv');
  expect(links).toEqual([]);
  await expect(page.getByText('Nothing matched “zzqqxxv”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'browse every known error message' })).toBeVisible();
});

test('pasted HTML and control characters are shown as text and never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const nasty = `<img src=x onerror="alert(1)"><script>alert(2)</script>\u0000\u0007 5.2.2 ${'x'.repeat(10_000)}`;
  await searchFor(page, 'en', nasty);
  await expect(page.locator('#search-page-input')).toHaveValue(/<img src=x onerror="alert\(1\)">/);
  expect(await page.locator('main img, main script:not([type]):not([src])').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('the header search box suggests results as you type, with arrow keys and Enter', async ({ page }) => {
  await page.goto('en/');
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search by error text or words' });
  await expect(box).toBeFocused();
  await box.fill('mailbox full');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/cases\/[a-z0-9-]+\/\?hl=/);
});

test('Ctrl+K focuses the search box, and without JavaScript it is a plain form to the search page', async ({ page, browser }) => {
  await page.goto('ja/glossary/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'エラー文や言葉で検索' })).toBeFocused();

  const noJs = await browser.newPage({ javaScriptEnabled: false });
  await noJs.goto('ja/');
  await noJs.getByRole('searchbox', { name: 'エラー文や言葉で検索' }).fill('5.2.2');
  await noJs.getByRole('searchbox', { name: 'エラー文や言葉で検索' }).press('Enter');
  await expect(noJs).toHaveURL(/\/ja\/search\/\?q=5\.2\.2$/);
  await expect(noJs.getByText('検索はブラウザの中で動くため、JavaScript が必要です。', { exact: false })).toBeVisible();
});

test('the error index lists codes with links to their cases', async ({ page }) => {
  await page.goto('en/errors/');
  const section = page.locator('section#code-5-2-2');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Status code 5.2.2');
  await expect(section.getByRole('link', { name: 'The recipient\'s mailbox is full' }).first()).toBeVisible();
});

/** The quality suite: tests/search/queries.tsv, each query with the case(s) it must find. */
const suite = readFileSync(join(import.meta.dirname, '..', 'search', 'queries.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [lang, query, expected, note] = line.split('\t');
    return { lang: lang as 'en' | 'ja', query: query!, expected: expected!.split('|'), note: note ?? '' };
  });

test('the search suite finds the expected case in the top 3 for at least 90% of queries in each language', async ({ page }) => {
  test.setTimeout(300_000);
  const tally = { en: { hit: 0, all: 0 }, ja: { hit: 0, all: 0 } };
  const misses: string[] = [];
  for (const row of suite) {
    const top3 = (await searchFor(page, row.lang, row.query)).slice(0, 3).map(slugOf);
    tally[row.lang].all++;
    if (row.expected.some((slug) => top3.includes(slug))) tally[row.lang].hit++;
    else misses.push(`${row.lang} "${row.query.slice(0, 70)}" expected ${row.expected.join('|')}, got ${top3.join(', ')}`);
  }
  const rate = (l: 'en' | 'ja') => tally[l].hit / tally[l].all;
  console.log(`search hit@3: en ${tally.en.hit}/${tally.en.all} (${(rate('en') * 100).toFixed(1)}%), ja ${tally.ja.hit}/${tally.ja.all} (${(rate('ja') * 100).toFixed(1)}%)`);
  if (misses.length > 0) console.log(`misses:\n  ${misses.join('\n  ')}`);
  expect(suite.length).toBeGreaterThanOrEqual(60);
  expect(rate('en')).toBeGreaterThanOrEqual(0.9);
  expect(rate('ja')).toBeGreaterThanOrEqual(0.9);
});

test('the header search box shows the query on the search page only', async ({ page }) => {
  await page.goto('en/search/?q=5.2.2');
  await expect(page.getByRole('combobox', { name: 'Search by error text or words' })).toHaveValue('5.2.2');
  await page.goto('en/glossary/?q=dkim');
  await expect(page.getByRole('combobox', { name: 'Search by error text or words' })).toHaveValue('');
});
