import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { paste, realHeaders } from './paste.ts';

const greylisted = realHeaders('vger-greylisted.txt');
const gmail = realHeaders('gmail-via-amazon-ses.txt');

test('pasting a header block shows the way it took, the long wait and the greylisting case', async ({ page }) => {
  await page.goto('en/analyze/');
  await paste(page, 'The bounce message', greylisted);
  const results = page.getByTestId('paste-results');
  await expect(results).toHaveAttribute('data-kind', 'headers');
  await expect(results).toContainText('Recognised: a message or its headers.');
  await expect(results.getByRole('heading', { name: 'What it means' })).toBeVisible();
  await expect(results).toContainText('6 min 4 s waited at hop 2 (lindbergh.monkeyblade.net): greylisting or a queue.');
  await expect(results.getByRole('heading', { name: 'Hop 5' })).toBeVisible();
  await expect(results).toContainText('longest wait');
  const link = results.getByRole('link', { name: /Read the case/ }).first();
  await expect(link).toHaveAttribute('href', /\/en\/cases\/greylisting\/$/);
  await link.click();
  await expect(page).toHaveURL(/\/en\/cases\/greylisting\/$/);
});

test('the Japanese page explains a DMARC failure in Japanese and links the case', async ({ page }) => {
  await page.goto('ja/analyze/');
  await paste(page, 'エラーメールの内容', gmail);
  const results = page.getByTestId('paste-results');
  await expect(results).toHaveAttribute('data-kind', 'headers');
  await expect(results).toContainText('gmail.com の DMARC が失敗しました');
  await expect(results.getByRole('table').first()).toContainText('dmarc');
  await expect(results).toContainText('p=NONE');
  await expect(results.getByRole('link', { name: /ケースを読む/ }).first()).toHaveAttribute('href', /\/ja\/cases\/dmarc-rejected\/$/);
});

test('pasting one error line gives its diagnosis, in both languages', async ({ page }) => {
  const line = '550 5.1.1 <taro@example.com>: Recipient address rejected: User unknown in virtual mailbox table';
  await page.goto('en/analyze/');
  await paste(page, 'The bounce message', line);
  const results = page.getByTestId('paste-results');
  await expect(results).toHaveAttribute('data-kind', 'error-line');
  await expect(results).toContainText('Recognised: one error line.');
  await expect(results).toContainText('5.1.1');
  await expect(results.getByRole('link', { name: /Read the case/ })).toHaveAttribute('href', /\/en\/cases\/wrong-address\/$/);

  await page.goto('ja/analyze/');
  await paste(page, 'エラーメールの内容', line);
  await expect(results).toHaveAttribute('data-kind', 'error-line');
  await expect(results.getByRole('link', { name: /ケースを読む/ })).toHaveAttribute('href', /\/ja\/cases\/wrong-address\/$/);
});

test('pasting a DNS record says the record checker reads it', async ({ page }) => {
  await page.goto('en/analyze/');
  await paste(page, 'The bounce message', 'v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com');
  const results = page.getByTestId('paste-results');
  await expect(results).toHaveAttribute('data-kind', 'record');
  await expect(results).toContainText('Recognised: a DNS record (DMARC).');
  await expect(results.getByRole('link', { name: 'Open it in the record checker' })).toHaveAttribute('href', /\/en\/check\/\?r=v%3DDMARC1/);
});

test('no request carries a pasted header block or error line', async ({ page }) => {
  const marker = 'secret-marker-4b8e21';
  const leaks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(marker) || (request.postData() ?? '').includes(marker)) leaks.push(request.url());
  });
  await page.goto('en/analyze/');
  await paste(page, 'The bounce message', greylisted.replaceAll('jinr.ru', `${marker}.example`));
  await expect(page.getByTestId('paste-results')).toContainText(marker);
  await paste(page, 'The bounce message', `550 5.1.1 <${marker}@example.com>: User unknown`);
  await expect(page.getByTestId('paste-results')).toContainText(marker);
  expect(leaks).toEqual([]);
});

test('HTML inside pasted headers is shown as text and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto('en/analyze/');
  await paste(page, 'The bounce message', greylisted.replace('by mx2.jinr.ru (Proxmox)', 'by <img src=x onerror="alert(1)"> (Proxmox)'));
  const results = page.getByTestId('paste-results');
  await expect(results).toContainText('<img src=x onerror="alert(1)">');
  expect(await results.locator('img, script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('the header report passes axe and fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('en/analyze/');
  await paste(page, 'The bounce message', realHeaders('kernel-list-microsoft365.txt'));
  await expect(page.getByTestId('paste-results')).toHaveAttribute('data-kind', 'headers');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath('header-report-390.png'), fullPage: true });
});
