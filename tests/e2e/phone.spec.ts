import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ui } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/taxonomy.ts';

// A colleague's link opened on a phone: the answer has to be on the first screen.
test.use({ viewport: { width: 390, height: 844 } });

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const header = (page: Page) => page.locator('[data-site-header]');

for (const lang of LANGS) {
  const t = ui(lang);
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`on a phone a case shows its title, who acts and the summary on the first screen under a one-row header (${lang}, ${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${lang}/cases/mailbox-full/`);
      const box = (await header(page).boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(64);
      for (const part of [page.locator('h1'), page.locator('article header p', { hasText: t.whoActs }), page.locator('article header > p:not([hidden])').first()]) {
        const where = (await part.boundingBox())!;
        expect(where.y + where.height).toBeLessThanOrEqual(844);
      }
      const violations = (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id);
      expect(violations).toEqual([]);
    });
  }

  test(`on a phone the menu and the search box open and close from the keyboard (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/cases/mailbox-full/`);
    const menu = header(page).locator('summary');
    const nav = header(page).getByRole('navigation', { name: t.navMain });
    await expect(nav).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link', { name: t.navGlossary })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    const input = header(page).getByLabel(t.search.label);
    await expect(input).not.toBeInViewport();
    await header(page).getByRole('link', { name: t.search.button }).focus();
    await page.keyboard.press('Enter');
    await expect(input).toBeFocused();
    await expect(input).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(input).not.toBeFocused();
    await expect(input).not.toBeInViewport();

    // The shortcuts reach the same box.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(input).toBeFocused();
    await expect(input).toBeInViewport();
    await input.fill('over quota');
    await input.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=over\\+quota$`));
  });
}

test.describe('on a phone without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the menu still opens and leads to every section, and the search button leads to the search page', async ({ page }) => {
    await page.goto('ja/cases/mailbox-full/');
    const t = ui('ja');
    await header(page).locator('summary').click();
    await header(page).getByRole('navigation', { name: t.navMain }).getByRole('link', { name: t.navGlossary }).click();
    await expect(page).toHaveURL(/\/ja\/glossary\/$/);
    await header(page).getByRole('link', { name: t.search.button }).click();
    await expect(page).toHaveURL(/\/ja\/search\/$/);
  });
});

test('on a desktop the header keeps the navigation and the search box in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('en/');
  const t = ui('en');
  await expect(header(page).getByRole('navigation', { name: t.navMain }).getByRole('link', { name: t.navGlossary })).toBeVisible();
  await expect(header(page).getByLabel(t.search.label)).toBeInViewport();
  await expect(header(page).locator('summary')).toBeHidden();
});
