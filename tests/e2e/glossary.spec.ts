import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const entries = (page: Page) => page.locator('[data-glossary-entry]');
const shownEntries = (page: Page) => page.locator('[data-glossary-entry]:visible');

test.describe('the glossary filter', () => {
  test('typing "dmarc" narrows the list to DMARC and the terms that mention it', async ({ page }) => {
    await page.goto('en/glossary/');
    await page.getByRole('searchbox', { name: 'Filter the glossary' }).fill('dmarc');
    await expect(page.locator('#dmarc')).toBeVisible();
    await expect(page.locator('#alignment')).toBeVisible();
    await expect(page.locator('#smtp')).toBeHidden();
    await expect(page.locator('#mx')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Japan-specific' })).toBeHidden();
    const shown = await shownEntries(page).count();
    expect(shown).toBeLessThan(await entries(page).count());
    await expect(page.getByRole('status')).toHaveText(`${shown} terms match`);
  });

  test('a Japanese reader types 逆引き and finds the PTR record', async ({ page }) => {
    await page.goto('ja/glossary/');
    await page.getByRole('searchbox', { name: '用語集を絞り込む' }).fill('逆引き');
    await expect(page.locator('#ptr')).toBeVisible();
    await expect(page.locator('#spf')).toBeHidden();
    await expect(page.getByRole('status')).toHaveText(`${await shownEntries(page).count()}件の用語が見つかりました`);
  });

  test('full-width letters and half-width kana find the same terms as ordinary typing', async ({ page }) => {
    await page.goto('en/glossary/');
    await page.getByRole('searchbox').fill('ＳＰＦ');
    await expect(page.locator('#spf')).toBeVisible();
    await page.goto('ja/glossary/');
    await page.getByRole('searchbox').fill('ｷｬﾘｱﾒｰﾙ');
    await expect(page.locator('#carrier-mail')).toBeVisible();
    await expect(page.locator('#dkim')).toBeHidden();
  });

  test('clearing the filter shows every term again', async ({ page }) => {
    await page.goto('en/glossary/');
    const total = await entries(page).count();
    const filter = page.getByRole('searchbox');
    await filter.fill('dkim');
    await expect(page.locator('#mx')).toBeHidden();
    await filter.fill('');
    await expect(shownEntries(page)).toHaveCount(total);
    await expect(page.getByRole('status')).toHaveText(`All ${total} terms are shown`);
  });

  test('a query that matches nothing says so and offers a way back to every term', async ({ page }) => {
    await page.goto('en/glossary/');
    const total = await entries(page).count();
    const filter = page.getByRole('searchbox');
    await filter.fill('xyzzy');
    await expect(shownEntries(page)).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('No term matches “xyzzy”.');
    await expect(page.getByText('Check the spelling')).toBeVisible();
    await page.getByRole('button', { name: 'Show all terms' }).click();
    await expect(shownEntries(page)).toHaveCount(total);
    await expect(filter).toBeFocused();
    await expect(filter).toHaveValue('');
  });

  test('a shared link with ?q= opens the glossary already filtered, and typing updates the link', async ({ page }) => {
    await page.goto('ja/glossary/?q=selector');
    await expect(page.getByRole('searchbox')).toHaveValue('selector');
    await expect(page.locator('#dkim-selector')).toBeVisible();
    await expect(page.locator('#mx')).toBeHidden();
    await page.getByRole('searchbox').fill('MTA-STS');
    await expect(page).toHaveURL(/\/ja\/glossary\/\?q=MTA-STS$/);
  });

  test('following a "See also" link to a term the filter hides shows that term', async ({ page }) => {
    await page.goto('en/glossary/?q=dkim%20selector');
    await expect(page.locator('#dns')).toBeHidden();
    await page.locator('#dkim-selector').getByRole('link', { name: 'DNS', exact: true }).click();
    await expect(page.locator('#dns')).toBeInViewport();
    await expect(page.getByRole('searchbox')).toHaveValue('');
  });

  test('without JavaScript every term is on the page and no filter box is offered', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('en/glossary/?q=dmarc');
    const total = await entries(page).count();
    expect(total).toBeGreaterThanOrEqual(45);
    await expect(shownEntries(page)).toHaveCount(total);
    await expect(page.getByRole('searchbox', { name: 'Filter the glossary' })).toBeHidden();
    await page.close();
  });
});

test.describe('a term in a case', () => {
  test('a keyboard user tabs to the definition button, opens it with Enter and closes it with Esc', async ({ page }) => {
    await page.goto('en/cases/missing-authentication/');
    const button = page.getByRole('button', { name: 'Definition of SPF' });
    for (let i = 0; i < 80 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(button).toBeFocused();

    await page.keyboard.press('Enter');
    const popover = page.locator('#term-spf');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('SPF');
    await expect(popover).toContainText('Sender Policy Framework');
    await expect(popover).toContainText('SPF lets a domain owner publish');
    await page.keyboard.press('Tab');
    await expect(popover.getByRole('link', { name: 'More in the glossary' })).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('on a Japanese page the button and the definition are in Japanese', async ({ page }) => {
    await page.goto('ja/cases/missing-authentication/');
    await page.getByRole('button', { name: 'SPF（送信ドメイン認証）の説明' }).click();
    const popover = page.locator('#term-spf');
    await expect(popover).toContainText('SPFは、そのドメインの名義でメールを送ってよいサーバーを');
    await expect(popover.getByRole('link', { name: '用語集で詳しく見る' })).toHaveAttribute('href', /\/ja\/glossary\/#spf$/);
  });

  test('the term’s link lands on its glossary entry', async ({ page }) => {
    await page.goto('en/cases/missing-authentication/');
    await page.locator('#cause').getByRole('link', { name: 'SPF', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/glossary\/#spf$/);
    await expect(page.locator('#spf')).toBeInViewport();
  });

  test('on a 360 px phone in dark mode the open definition fits the screen and is readable', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('ja/cases/missing-authentication/');
    await page.getByRole('button', { name: 'DMARCの説明' }).click();
    const popover = page.locator('#term-dmarc');
    await expect(popover).toBeVisible();
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(8);
    expect(box.x + box.width).toBeLessThanOrEqual(352);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const axe = await new AxeBuilder({ page }).include('#term-dmarc').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
