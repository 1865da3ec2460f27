import { expect, test } from '@playwright/test';

// Runs against the build under /kb/ (see playwright.config.ts): everything must stay inside it.

test('under a base path, a reader goes from home to a case and switches language', async ({ page }) => {
  await page.goto('en/');
  await page.locator('#receiving li a').first().click();
  await expect(page).toHaveURL(/\/kb\/en\/cases\/[a-z0-9-]+\/$/);
  await page.getByRole('link', { name: /^日本語/ }).click();
  await expect(page).toHaveURL(/\/kb\/ja\/cases\/[a-z0-9-]+\/$/);
});

test('under a base path, search finds a case from a pasted error line', async ({ page }) => {
  await page.goto(`en/search/?q=${encodeURIComponent('552-5.2.2 The email account that you tried to reach is over quota')}`);
  const results = page.getByTestId('search-results');
  await expect(results).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await expect(results.locator('a').first()).toHaveAttribute('href', /^\/kb\/en\/cases\/mailbox-full\//);
  // Plain words go through the full-text index, which must load from under the base path too.
  await page.goto(`ja/search/?q=${encodeURIComponent('添付ファイル')}`);
  await expect(results).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await expect(results.locator('a').first()).toHaveAttribute('href', /^\/kb\/ja\//);
});

test('under a base path, the analyser runs its worker', async ({ page }) => {
  await page.goto('en/analyze/');
  await page.getByLabel('The bounce message').fill('Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown');
  await page.getByRole('button', { name: 'Analyse' }).click();
  await expect(page.getByTestId('bounce-results').getByRole('link', { name: /Read the case/ })).toHaveAttribute('href', /^\/kb\/en\/cases\//);
});

test('with a repository and an address configured, a case offers a prefilled issue, an email and its source', async ({ page }) => {
  await page.goto('ja/cases/mailbox-full/');
  const box = page.getByTestId('page-feedback');
  await expect(box.getByRole('heading', { name: '間違いや足りない情報がありましたか？' })).toBeVisible();
  const issue = new URL((await box.getByRole('link', { name: 'Issueを作成する' }).getAttribute('href'))!);
  expect(`${issue.origin}${issue.pathname}`).toBe('https://git.example.org/team/todokanai/issues/new');
  expect(issue.searchParams.get('title')).toBe(`ページ：${await page.locator('h1').innerText()}`);
  expect(issue.searchParams.get('body')).toContain('/kb/ja/cases/mailbox-full/');
  const mail = (await box.getByRole('link', { name: 'メールで知らせる' }).getAttribute('href'))!;
  expect(mail.startsWith('mailto:mail-help@example.org?subject=')).toBe(true);
  await expect(box.getByRole('link', { name: 'このページを編集' })).toHaveAttribute('href', 'https://git.example.org/team/todokanai/edit/main/content/cases/ja/mailbox-full.mdx');
});

test('the changes feed lists every case, newest check first, with addresses under the base path', async ({ request }) => {
  const response = await request.get('en/feed.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
  const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
  expect(updated.length).toBeGreaterThan(30);
  expect([...updated].sort().reverse()).toEqual(updated);
  expect(xml).toMatch(/<link rel="alternate" type="text\/html" href="http:\/\/localhost:\d+\/kb\/en\/cases\/mailbox-full\/"\/>/);
});

test('feedback on an analyser result shows the reader exactly what would be sent, with no address or host from the paste', async ({ page }) => {
  await page.goto('en/analyze/');
  const paste = 'Final-Recipient: rfc822; hanako.sato@client.example.jp\nAction: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx2.client.example.jp\nDiagnostic-Code: smtp; 552 5.2.2 <hanako.sato@client.example.jp>: Mailbox full (mx2.client.example.jp [198.51.100.7])';
  await page.getByLabel('The bounce message').fill(paste);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const box = page.getByTestId('result-feedback');
  await box.getByText('Something wrong or missing?').click();
  const preview = await box.getByTestId('result-feedback-preview').innerText();
  expect(preview).toContain('5.2.2');
  expect(preview).toContain('mailbox-full');
  for (const secret of ['hanako', 'sato', 'client.example.jp', 'mx2', '198.51.100.7']) expect(preview).not.toContain(secret);
  const issue = new URL((await box.getByRole('link', { name: 'Open an issue' }).getAttribute('href'))!);
  expect(issue.searchParams.get('body')).toContain(preview);
  await expect(box.getByRole('link', { name: 'Send an email' })).toHaveAttribute('href', /^mailto:mail-help@example\.org\?/);
});
