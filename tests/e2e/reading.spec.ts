import { expect, test } from '@playwright/test';


test('a reader goes from the home page to a case and finds Symptom, Cause and Fix', async ({ page }) => {
  await page.goto('en/');
  await expect(page.getByRole('heading', { level: 2, name: 'Mail I’m expecting doesn’t arrive' })).toBeVisible();
  const link = page.locator('#receiving li a').first();
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/\/en\/cases\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  for (const [id, name] of [['symptom', 'Symptom'], ['cause', 'Cause'], ['fix', 'Fix']]) {
    await expect(page.locator(`section#${id}`).getByRole('heading', { level: 2 })).toHaveText(name!);
  }
  await expect(page.getByText('Who must act:')).toBeVisible();
});

test('the Japanese home page lists cases in Japanese, with who must act', async ({ page }) => {
  await page.goto('ja/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 2, name: '送ったメールが戻ってきた・相手に届いていない' })).toBeVisible();
  await expect(page.locator('#sending li').first()).toContainText('対処する人');
});

test('switching language keeps the reader on the same case and section', async ({ page }) => {
  await page.goto('en/');
  await page.locator('#sending li a').first().click();
  const enPath = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Fix', exact: true }).first().click();
  await expect(page).toHaveURL(/#fix$/);
  await page.getByRole('link', { name: /^日本語\s*: Read this page in Japanese$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${enPath.replace('/en/', '/ja/')}#fix$`));
  await expect(page.locator('section#fix h2')).toHaveText('対処法');
  await page.getByRole('link', { name: /^English\s*：このページを英語で読む$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${enPath}#fix$`));
});

test('the copy-link button on Fix copies the address of that section', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('en/');
  await page.locator('#receiving li a').first().click();
  const pageUrl = page.url();
  await page.locator('section#fix').getByRole('button', { name: 'Copy link to Fix' }).click();
  await expect(page.locator('section#fix').getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${pageUrl}#fix`);
});

test('without JavaScript a case reads fully and offers section links instead of copy buttons', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('ja/');
  await page.locator('#receiving li a').first().click();
  await expect(page.locator('section#symptom h2')).toHaveText('症状');
  await expect(page.locator('section#fix').getByRole('button', { name: /リンクをコピー/ })).toBeHidden();
  await expect(page.locator('section#fix').getByRole('link', { name: 'この見出しへのリンク：対処法' })).toHaveAttribute('href', '#fix');
});

test('an unknown address shows the not-found page in both languages', async ({ page }) => {
  for (const path of ['ja/cases/no-such-case/', 'en/nothing-here/']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'ケース一覧へ' })).toBeVisible();
  }
});

test.describe('the language chooser', () => {
  test('sends a Japanese browser to the Japanese site', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/\/ja\/$/);
    await context.close();
  });

  test('sends an English browser to the English site', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });

  test('offers both languages as plain links without JavaScript', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('./');
    await expect(page.getByRole('link', { name: /日本語/ })).toHaveAttribute('href', /\/ja\/$/);
    await expect(page.getByRole('link', { name: /English/ })).toHaveAttribute('href', /\/en\/$/);
  });
});

test('a case page carries what a chat preview and a search engine need', async ({ page }) => {
  await page.goto('ja/');
  await page.locator('#sending li a').first().click();
  const url = page.url();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
  await expect(page.locator('link[hreflang="en"]')).toHaveAttribute('href', url.replace('/ja/', '/en/'));
  await expect(page.locator('link[hreflang="x-default"]')).toHaveCount(1);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', (await page.locator('h1').textContent())!.trim());
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ja_JP');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/og\/ja\.png$/);
  const png = await page.request.get(image!);
  expect(png.headers()['content-type']).toBe('image/png');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
});

test('a browser can add the site as a search engine (OpenSearch)', async ({ page }) => {
  await page.goto('en/');
  const href = await page.locator('link[rel="search"][type="application/opensearchdescription+xml"]').getAttribute('href');
  const description = await (await page.request.get(href!)).text();
  expect(description).toContain('<ShortName>todokanai</ShortName>');
  const template = /<Url type="text\/html" method="get" template="([^"]+)"/.exec(description)![1]!;
  await page.goto(template.replace('{searchTerms}', encodeURIComponent('5.2.2')));
  await expect(page.getByTestId('search-results').locator('a').first()).toHaveAttribute('href', /\/en\/cases\/mailbox-full\//);
});

test('without a repository or address configured, a case shows no feedback links', async ({ page }) => {
  await page.goto('en/cases/mailbox-full/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByTestId('page-feedback')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
});

test('every page points feed readers to the changes feed of its language', async ({ page, request }) => {
  await page.goto('ja/cases/mailbox-full/');
  const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(href).toBe('/ja/feed.xml');
  await expect(page.getByTestId('feed-link')).toHaveAttribute('href', '/ja/feed.xml');
  const xml = await (await request.get('ja/feed.xml')).text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">');
  expect(xml).toContain('/ja/cases/mailbox-full/');
});

test('without configuration an analyser result offers no feedback link', async ({ page }) => {
  await page.goto('en/analyze/');
  await page.getByLabel('The bounce message').fill('Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown');
  await page.getByRole('button', { name: 'Analyse' }).click();
  await expect(page.getByTestId('bounce-results')).toBeVisible();
  await expect(page.getByTestId('result-feedback')).toHaveCount(0);
});
