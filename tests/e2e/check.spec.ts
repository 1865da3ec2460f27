import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The DNS-over-HTTPS stand-in that tests/serve-built-sites.ts starts and builds the checker to ask. */
const standIn = `http://localhost:${Number(process.env.TEST_PORT ?? 4399) + 2}`;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function paste(page: Page, label: string, button: string, record: string) {
  await page.getByLabel(label, { exact: true }).fill(record);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByTestId('record-results')).toHaveAttribute('aria-busy', 'false');
}

test('pasting an SPF record with +all shows the problem first, then each term explained', async ({ page }) => {
  await page.goto('en/check/');
  await paste(page, 'The record', 'Check', 'v=spf1 include:_spf.google.com +all');
  const results = page.getByTestId('record-results');
  await expect(results).toHaveAttribute('data-kind', 'spf');
  await expect(results.locator('[data-severity="problem"]').first()).toContainText('lets every server in the world pass SPF');
  await expect(results.getByRole('heading', { name: 'The record, term by term' })).toBeVisible();
  await expect(results.locator('dd').nth(1)).toContainText('_spf.google.com');
  await results.getByRole('link', { name: /SPF/ }).first().click();
  await expect(page).toHaveURL(/\/en\/cases\/spf-fail\/$/);
});

test('日本語で失効した DKIM の公開鍵を貼り付けると、問題と対処が日本語で表示される', async ({ page }) => {
  await page.goto('ja/check/');
  await paste(page, 'レコード', '確認する', 'v=DKIM1; p=');
  const results = page.getByTestId('record-results');
  await expect(results).toHaveAttribute('data-kind', 'dkim');
  await expect(results.locator('[data-severity="problem"]')).toContainText('この鍵は失効しています');
  await expect(results).toContainText('対処：');
});

test('a record linked with ?r= is checked on arrival (the analyser links records this way)', async ({ page }) => {
  await page.goto('ja/check/?r=' + encodeURIComponent('v=DMARC1; p=quarantine; pct=50; rua=mailto:d@example.jp'));
  const results = page.getByTestId('record-results');
  await expect(results).toHaveAttribute('data-kind', 'dmarc');
  await expect(results).toContainText('RFC 9989 で廃止されました');
  await expect(page.getByLabel('レコード', { exact: true })).toHaveValue(/pct=50/);
});

test('the builder’s SPF and DMARC records pass the checker', async ({ page }) => {
  await page.goto('en/check/?tab=build');
  await expect(page.getByRole('tab', { name: 'Build records' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Google Workspace').check();
  await page.getByLabel('Microsoft 365 (Exchange Online)').check();
  await page.getByLabel('Your domain (for the DMARC report address)').fill('example.co.jp');
  const output = page.getByTestId('builder-output');
  await expect(output.locator('[data-record="spf"]')).toHaveText('v=spf1 include:_spf.google.com include:spf.protection.outlook.com ~all');
  await expect(output).toContainText('at least 2 of the 10 DNS lookups');
  await expect(output.locator('[data-record="dmarc"]')).toHaveText('v=DMARC1; p=none; rua=mailto:dmarc-reports@example.co.jp');
  await expect(output.getByRole('heading', { name: 'Microsoft 365 (Exchange Online)' })).toBeVisible();

  for (const id of ['spf', 'dmarc']) {
    await page.goto('en/check/?tab=build');
    await page.getByLabel('Google Workspace').check();
    await page.getByLabel('Microsoft 365 (Exchange Online)').check();
    await page.getByTestId('builder-output').locator(`[data-record="${id}"] + a`).click();
    const results = page.getByTestId('record-results');
    await expect(results).toHaveAttribute('data-kind', id);
    await expect(results.locator('[data-severity="problem"]')).toHaveCount(0);
    await expect(results).toContainText('No problems found.');
  }
});

test('the lookup says what it will ask before it asks, asks nothing until started, then shows the include tree and lookup count', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('ja/check/?tab=lookup');
  await page.getByLabel('ドメイン', { exact: true }).fill('example.test');
  await page.getByLabel('DKIM のセレクター（任意）').fill('s1');
  await page.getByLabel(/このサイトが用意したリゾルバー/).check();
  const plan = page.getByTestId('lookup-plan');
  await expect(plan).toContainText('TXT _dmarc.example.test');
  await expect(plan).toContainText('TXT s1._domainkey.example.test');
  await expect(page.locator('[data-plan]')).toContainText('localhost');
  await expect(page.locator('[data-plan]')).toContainText('これ以外の情報はブラウザーの外に出ません');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => !u.startsWith(new URL(baseURL!).origin))).toEqual([]);

  await page.getByRole('button', { name: '調べる' }).click();
  const results = page.getByTestId('lookup-results');
  await expect(results).toHaveAttribute('aria-busy', 'false');
  const tree = results.getByTestId('spf-tree');
  await expect(tree).toContainText('DNS 参照の合計：10回中5回');
  await expect(tree).toContainText('include:mail.vendor.test');
  await expect(tree).toContainText('include:a.vendor.test');
  await expect(results.locator('[data-purpose="dkim"]')).toContainText('1024ビット');
  await expect(results.locator('[data-purpose="dmarc"]')).toContainText('p=quarantine');
  const outside = requests.filter((u) => !u.startsWith(new URL(baseURL!).origin));
  expect(outside.length).toBeGreaterThan(0);
  expect(outside.every((u) => u.startsWith(`${standIn}/dns-query?`))).toBe(true);
});

test('only the checker page may connect to the resolvers, and only to those', async ({ request }) => {
  const policy = async (path: string) => {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1]!.replaceAll('&#39;', "'");
    return csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'));
  };
  expect(await policy('en/check/')).toBe(`connect-src 'self' https://cloudflare-dns.com https://dns.google ${standIn}`);
  expect(await policy('ja/check/')).toBe(`connect-src 'self' https://cloudflare-dns.com https://dns.google ${standIn}`);
  expect(await policy('en/analyze/')).toBe("connect-src 'self'");
});

test('without JavaScript the page says the checker needs it and links the cases', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('en/check/');
  await expect(page.getByText('The checker runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: /DKIM/ }).first()).toBeVisible();
  await context.close();
});

test('every tab passes axe in both languages, with results shown', async ({ page }) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  const check = async (label: string) => {
    const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    violations.push(...result.violations.map((v) => `${label}: ${v.id} ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
  };
  for (const lang of ['en', 'ja']) {
    await page.goto(`${lang}/check/?r=` + encodeURIComponent('v=spf1 ptr include:_spf.google.com +all'));
    await expect(page.getByTestId('record-results')).toHaveAttribute('data-kind', 'spf');
    await check(`${lang} paste`);
    await page.goto(`${lang}/check/?tab=lookup`);
    await page.locator('#lookup-domain').fill('example.test');
    await page.locator('input[name="resolver"][value="site"]').check();
    await page.locator('[data-lookup-form] button[type="submit"]').click();
    await expect(page.getByTestId('spf-tree')).toBeVisible();
    await check(`${lang} lookup`);
    await page.goto(`${lang}/check/?tab=build`);
    await page.locator('input[name="service"]').first().check();
    await check(`${lang} build`);
  }
  expect(violations).toEqual([]);
});
