import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ui } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/taxonomy.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const lang of LANGS) {
  const t = ui(lang);

  test(`a reader with 550 5.7.26 sees what the standard says, Gmail's three readings side by side and the cases (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/codes/5.7.26/`);
    await expect(page.locator('h1')).toContainText('5.7.26');
    const standard = page.locator('#standard');
    await expect(standard.getByRole('heading', { name: t.codes.standardHeading })).toBeVisible();
    await expect(standard.getByRole('link', { name: /RFC 7372/ })).toBeVisible();
    for (const id of ['gmail-unauthenticated', 'gmail-dmarc', 'gmail-spf-hard-fail']) {
      const row = page.locator(`#providers li#${id}`);
      await expect(row.getByRole('heading', { name: 'Gmail' })).toBeVisible();
      await expect(row.locator('code')).toContainText('5.7.26');
      await expect(row).toContainText(t.whoActs);
    }
    await expect(page.locator('#gmail-dmarc').getByRole('link', { name: /DMARC/ }).first()).toHaveAttribute('href', new RegExp(`/${lang}/cases/dmarc-rejected/$`));
    await expect(page.locator('#providers')).toContainText(t.codes.seenAsOf.replace('{month}', lang === 'ja' ? '2026年11月' : '2026-11'));
    const cases = page.locator('#cases li a');
    expect(await cases.count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator(`#cases a[href$="/${lang}/cases/missing-authentication/"]`)).toBeVisible();
  });

  test(`a provider row has its own address, and the language switch keeps the reader on the code (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/codes/5.7.26/#gmail-dmarc`);
    await expect(page.locator('#gmail-dmarc')).toBeInViewport();
    const other = lang === 'en' ? 'ja' : 'en';
    await page.locator('a[data-lang-switch]').first().click();
    await expect(page).toHaveURL(new RegExp(`/${other}/codes/5\\.7\\.26/#gmail-dmarc$`));
  });

  test(`the error index links a code to its page (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/errors/`);
    await page.locator('#code-5-7-26').getByRole('link', { name: t.errorIndex.codePage.replace('{code}', '5.7.26') }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/codes/5\\.7\\.26/$`));
    await expect(page.locator('h1')).toContainText('5.7.26');
  });

  test(`a case's list of codes leads to each code's page, and every code page is listed in the index (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/cases/mailbox-full/`);
    await page.locator('#errors').getByRole('link', { name: '5.2.2', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/codes/5\\.2\\.2/$`));
    await expect(page.locator('#providers li')).not.toHaveCount(0);
    await page.getByRole('link', { name: t.codes.allCodes }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.codes.indexTitle })).toBeVisible();
    await expect(page.locator('main a[href$="/codes/5.7.708/"]')).toBeVisible();
  });

  test(`a code page passes axe on a phone, light and dark (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${lang}/codes/5.7.26/`);
      const violations = (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
    }
  });
}

test('the analyser links a recipient’s status code to its page', async ({ page }) => {
  await page.goto('en/analyze/');
  await page.getByLabel(ui('en').analyzer.inputLabel).fill('550-5.7.26 This mail has been blocked because the sender is unauthenticated.');
  await page.getByRole('button', { name: ui('en').analyzer.analyze }).click();
  const results = page.locator('[data-testid="paste-results"][data-kind="error-line"][aria-busy="false"]');
  await expect(results.getByRole('link', { name: '5.7.26', exact: true })).toHaveAttribute('href', /\/en\/codes\/5\.7\.26\/$/);
});

for (const [lang, query, code] of [
  ['en', '5.7.26', '5.7.26'],
  ['ja', '550 5.7.1 Relaying denied', '5.7.1'],
] as const) {
  test(`searching for ${query} lists the page of ${code} right after the three best cases (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator('[data-testid="search-results"][aria-busy="false"] ol > li > a');
    await expect(results.nth(3)).toHaveAttribute('href', new RegExp(`/${lang}/codes/${code.replaceAll('.', '\\.')}/$`));
    for (const i of [0, 1, 2]) await expect(results.nth(i)).not.toHaveAttribute('href', /\/codes\//);
  });
}
