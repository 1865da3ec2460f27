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
