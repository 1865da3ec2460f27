// The paste box on real header blocks from Yahoo and a Japanese host, and a pasted bounce, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { paste, realHeaders } from './paste.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

test('Japanese page: a message from an Xserver host shows the spam verdict first, the greylisting wait and both cases', async ({ page }) => {
  await page.goto('ja/analyze/');
  await paste(page, 'エラーメールの内容', realHeaders('xserver-greylisted-spam.txt'));
  const results = page.getByTestId('paste-results');
  await expect(results).toHaveAttribute('data-kind', 'headers');
  await expect(results).toContainText('メール本体またはヘッダーと判断しました。');
  await expect(results).toContainText('SpamAssassinが迷惑メールと判定しました（score 5.2 / 5.0）');
  await expect(results).toContainText('2 番目の中継（lindbergh.monkeyblade.net）で 8分28秒 待たされています。');
  await expect(results.getByRole('heading', { name: '中継 5' })).toBeVisible();
  await expect(results).toContainText('最長の待ち時間');
  const links = results.getByRole('link', { name: /ケースを読む/ });
  await expect(links.first()).toHaveAttribute('href', /\/ja\/cases\/judged-as-spam\/$/);
  await expect(results.locator('a[href$="/ja/cases/greylisting/"]').first()).toBeVisible();
});

test('English page: a Yahoo message that waited inside Yahoo is not called greylisting, and DMARC passes', async ({ page }) => {
  await page.goto('en/analyze/');
  await paste(page, 'The bounce message', realHeaders('yahoo-via-kernel-list.txt'));
  const results = page.getByTestId('paste-results');
  await expect(results).toHaveAttribute('data-kind', 'headers');
  await expect(results).toContainText('10 min 8 s waited at hop 2 (sonic307.consmr.mail.ir2.yahoo.com), between two servers of yahoo.com');
  await expect(results).toContainText('DMARC passed for yahoo.pl');
  await expect(results).toContainText('rspamd: score -2.16');
  await expect(results.getByRole('heading', { name: 'Hop 7' })).toBeVisible();
  await expect(results.locator('a[href$="/cases/greylisting/"]')).toHaveCount(0);
});

test('a pasted bounce is read at once as the bounce report, in Japanese too, and no request carries it', async ({ page }) => {
  const marker = 'paste-marker-7c1d';
  const bounce = readFileSync(join(fixtures, 'bounces', 'mailbox-full.eml'), 'utf8').replaceAll('recipient.example', `${marker}.example`);
  const leaks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(marker) || (request.postData() ?? '').includes(marker)) leaks.push(request.url());
  });
  await page.goto('ja/analyze/');
  await paste(page, 'エラーメールの内容', bounce);
  const results = page.getByTestId('paste-results');
  await expect(results).toHaveAttribute('data-kind', 'bounce');
  await expect(results.getByTestId('bounce-results')).toContainText('相手のメールボックスが容量いっぱいです');
  await expect(results.getByTestId('bounce-results').getByRole('link', { name: /ケースを読む/ })).toHaveAttribute('href', /\/ja\/cases\/mailbox-full\/$/);
  await expect(results).toContainText(marker);
  expect(leaks).toEqual([]);
});
