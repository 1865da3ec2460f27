import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'bounces', 'mailbox-full.eml');
const bounce = readFileSync(fixture, 'utf8');

async function analyze(page: Page, text: string) {
  await page.getByLabel('The bounce message').fill(text);
  await page.getByRole('button', { name: 'Analyse' }).click();
  await expect(page.getByTestId('paste-results')).toHaveAttribute('aria-busy', 'false');
}

test('pasting a bounce names the reason and links the case', async ({ page }) => {
  await page.goto('en/analyze/');
  await analyze(page, bounce);
  await expect(page.getByTestId('paste-results')).toHaveAttribute('data-kind', 'bounce');
  const results = page.getByTestId('paste-results').getByTestId('bounce-results');
  await expect(results.getByRole('heading', { name: 'hanako@recipient.example' })).toBeVisible();
  await expect(results).toContainText('The recipient’s mailbox is full');
  await expect(results).toContainText('5.2.2');
  await expect(results).toContainText('552');
  await expect(results).toContainText('Recipient address rejected: Mailbox is');
  await expect(results).toContainText('Why this reason');
  await expect(results).toContainText('The server’s words include “mailbox is full”.');
  await results.getByRole('link', { name: /Read the case/ }).click();
  await expect(page).toHaveURL(/\/en\/cases\/mailbox-full\/$/);
});

test('the Japanese analyser explains the same bounce in Japanese', async ({ page }) => {
  await page.goto('ja/analyze/');
  await page.getByLabel('エラーメールの内容').fill(bounce);
  await page.getByRole('button', { name: '解析する' }).click();
  const results = page.getByTestId('bounce-results');
  await expect(results).toContainText('相手のメールボックスが容量いっぱいです');
  await expect(results).toContainText('この原因と判断した根拠');
  await expect(results).toContainText('サーバーのメッセージに「mailbox is full」とあります。');
  await expect(results.getByRole('link', { name: /ケースを読む/ })).toHaveAttribute('href', /\/ja\/cases\/mailbox-full\/$/);
});

test('choosing or dropping an .eml file analyses it', async ({ page }) => {
  await page.goto('en/analyze/');
  await page.getByLabel('Or choose an .eml file').setInputFiles(fixture);
  await expect(page.getByTestId('bounce-results')).toContainText('The recipient’s mailbox is full');

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByTestId('paste-results')).toBeEmpty();
  const drop = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'bounce.eml', { type: 'message/rfc822' }));
    return data;
  }, bounce);
  await page.getByLabel('The bounce message').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByTestId('bounce-results')).toContainText('The recipient’s mailbox is full');
});

test('no request carries the pasted text anywhere', async ({ page }) => {
  const marker = 'secret-marker-7f3a9c';
  const leaks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(marker) || (request.postData() ?? '').includes(marker)) leaks.push(request.url());
  });
  await page.goto('en/analyze/');
  await analyze(page, bounce.replaceAll('Quotation for December', marker).replaceAll('hanako@', `${marker}@`));
  await expect(page.getByTestId('bounce-results')).toContainText(`${marker}@recipient.example`);
  expect(leaks).toEqual([]);
});

test('HTML inside a pasted bounce is shown as text and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto('en/analyze/');
  await analyze(page, bounce.replace('rejected: Mailbox is full', 'rejected: <img src=x onerror="alert(1)"><script>alert(2)</script>'));
  const results = page.getByTestId('bounce-results');
  await expect(results).toContainText('<img src=x onerror="alert(1)">');
  expect(await results.locator('img, script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a mailbox of two bounces shows one report for each, under its own heading', async ({ page }) => {
  await page.goto('en/analyze/');
  const second = bounce.replaceAll('hanako@recipient.example', 'jiro@recipient.example');
  await analyze(page, `From MAILER-DAEMON  Thu Nov 26 09:14:03 2026\n${bounce}\nFrom MAILER-DAEMON  Thu Nov 26 09:20:00 2026\n${second}`);
  const results = page.getByTestId('bounce-results');
  await expect(results).toContainText('This paste holds 2 reports');
  await expect(results.getByRole('heading', { name: 'Report 1 of 2' })).toBeVisible();
  await expect(results.getByRole('heading', { name: 'Report 2 of 2' })).toBeVisible();
  await expect(results.getByRole('heading', { name: 'hanako@recipient.example' })).toBeVisible();
  await expect(results.getByRole('heading', { name: 'jiro@recipient.example' })).toBeVisible();
});

test('a message that is not a bounce gets a clear, friendly answer', async ({ page }) => {
  await page.goto('en/analyze/');
  await analyze(page, 'Hi Taro,\n\nThanks for the quotation. Let us meet on Tuesday.\n\nHanako');
  await expect(page.getByTestId('bounce-results')).toContainText('This doesn’t look like a bounce message.');
});

test('a 10 MB paste is analysed without freezing the page', async ({ page }) => {
  await page.goto('en/analyze/');
  const huge = bounce + '\n' + 'x'.repeat(80).concat('\n').repeat(130_000);
  await page.getByLabel('The bounce message').evaluate((el, text) => ((el as HTMLTextAreaElement).value = text), huge);
  await page.getByRole('button', { name: 'Analyse' }).click();
  // While the worker reads the message, the page still answers.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await expect(page.getByTestId('paste-results')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(page.getByTestId('bounce-results')).toContainText('The recipient’s mailbox is full');
});

test('without JavaScript the analyser says it needs it and offers the guide', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('en/analyze/');
  await expect(page.getByText('The analyser runs in your browser and needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'How to read a bounce' })).toBeVisible();
});
