import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { ui } from '../../src/i18n/index.ts';
import { encodePath, localize, reachableLeaves, readPicker, walk } from '../../src/lib/picker.ts';
import { LANGS, type Lang } from '../../src/lib/taxonomy.ts';

// The tests read the tree itself, so they hold whatever questions and cases it has today.
const tree = readPicker(parse(readFileSync(join(import.meta.dirname, '../../content/picker.yaml'), 'utf8')) as unknown);
const caseLeaves = reachableLeaves(tree).filter(({ leaf }) => leaf.kind === 'case');
/** A case that is part of the site since its first version, and the shortest path to it. */
const target = caseLeaves.find(({ leaf }) => leaf.slug === 'mailbox-full')!;

/** What the reader sees at each step of a path: the question, then the answer to choose. */
function stepsOf(lang: Lang, path: readonly string[]) {
  return walk(localize(tree, lang), path).steps.map((s) => ({ question: s.question.question, answer: s.answer.label }));
}

function picker(page: Page): Locator {
  return page.getByTestId('symptom-picker');
}

async function choose(page: Page, lang: Lang, path: readonly string[]) {
  for (const { question, answer } of stepsOf(lang, path)) {
    await expect(picker(page).getByRole('heading', { level: 3 })).toHaveText(question);
    await picker(page).getByRole('button', { name: answer, exact: true }).click();
  }
}

async function expectQuestionAfter(page: Page, lang: Lang, path: readonly string[]) {
  const question = walk(localize(tree, lang), path).question!;
  await expect(picker(page).getByRole('heading', { level: 3 })).toHaveText(question.question);
  await expect(picker(page).getByRole('list', { name: ui(lang).picker.yourAnswers }).getByRole('listitem')).toHaveCount(path.length);
}

for (const lang of LANGS) {
  test(`a reader answers the questions, reaches a case and opens it (${lang})`, async ({ page }) => {
    const t = ui(lang);
    await page.goto(`${lang}/`);
    await choose(page, lang, target.path);
    await expect(page).toHaveURL(new RegExp(`\\?picker=${encodePath(target.path).replaceAll('.', '\\.')}$`));
    await expect(picker(page).getByText(t.picker.found.case, { exact: true })).toBeVisible();
    await expect(picker(page).getByRole('status')).toHaveText(`${t.picker.answered}${stepsOf(lang, target.path).at(-1)!.answer}`);
    const answers = picker(page).getByRole('list', { name: t.picker.yourAnswers }).getByRole('listitem');
    await expect(answers).toHaveCount(target.path.length);
    const link = picker(page).getByRole('heading', { level: 3 }).getByRole('link');
    const title = (await link.textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/cases/${target.leaf.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
}

test('Back returns to the previous question, and Start over to the first', async ({ page }) => {
  const t = ui('en');
  await page.goto('en/');
  await choose(page, 'en', target.path.slice(0, 2));
  await picker(page).getByRole('button', { name: t.picker.back, exact: true }).click();
  await expectQuestionAfter(page, 'en', target.path.slice(0, 1));
  await expect(picker(page).getByRole('heading', { level: 3 })).toBeFocused();
  await picker(page).getByRole('button', { name: t.picker.startOver, exact: true }).click();
  await expect(picker(page).getByRole('heading', { level: 3 })).toHaveText(tree.questions[0]!.question.en);
  await expect(picker(page).getByRole('button', { name: t.picker.startOver })).toBeHidden();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('the browser’s Back button steps back through the answers', async ({ page }) => {
  await page.goto('en/');
  await choose(page, 'en', target.path.slice(0, 2));
  await page.goBack();
  await expectQuestionAfter(page, 'en', target.path.slice(0, 1));
  await page.goBack();
  await expectQuestionAfter(page, 'en', []);
});

test('reloading the page keeps the reader at the same step', async ({ page }) => {
  await page.goto('ja/');
  await choose(page, 'ja', target.path.slice(0, 2));
  await page.reload();
  await expectQuestionAfter(page, 'ja', target.path.slice(0, 2));
});

test('a link with ?picker=… opens at that step, and a damaged one at the last step that fits', async ({ page }) => {
  await page.goto(`en/?picker=${encodePath(target.path.slice(0, 2))}`);
  await expectQuestionAfter(page, 'en', target.path.slice(0, 2));

  await page.goto(`en/?picker=${encodePath(target.path)}`);
  await expect(picker(page).getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', new RegExp(`/en/cases/${target.leaf.slug}/$`));

  await page.goto(`en/?picker=${target.path[0]}.no-such-answer.1`);
  await expectQuestionAfter(page, 'en', target.path.slice(0, 1));
  await expect(page).toHaveURL(new RegExp(`\\?picker=${target.path[0]}$`));
});

test('a link made when answers were numbered still opens the same step, now named by answer ids', async ({ page }) => {
  const positions = walk(tree, target.path).steps.map((s) => s.question.answers.indexOf(s.answer));
  await page.goto(`en/?picker=${positions.slice(0, 2).join('.')}`);
  await expectQuestionAfter(page, 'en', target.path.slice(0, 2));
  await expect(page).toHaveURL(new RegExp(`\\?picker=${encodePath(target.path.slice(0, 2)).replaceAll('.', '\\.')}$`));
});

test('switching language keeps the reader at the same step', async ({ page }) => {
  await page.goto('en/');
  await choose(page, 'en', target.path.slice(0, 2));
  await page.getByRole('link', { name: /^日本語\s*: Read this page in Japanese$/ }).click();
  await expect(page).toHaveURL(/\/ja\/\?picker=/);
  await expectQuestionAfter(page, 'ja', target.path.slice(0, 2));
});

test('a keyboard-only reader goes through the questions with Tab, Enter and Space', async ({ page }) => {
  await page.goto('en/');
  const focusedInPicker = () => page.evaluate(() => document.activeElement?.closest('symptom-picker') !== null && document.activeElement?.tagName === 'BUTTON');
  for (let presses = 0; presses < 30 && !(await focusedInPicker()); presses++) await page.keyboard.press('Tab');
  // Focus is on the first answer; after each choice it is on the new question's heading.
  const positions = walk(tree, target.path).steps.map((s) => s.question.answers.indexOf(s.answer));
  for (const [i, index] of positions.entries()) {
    for (let n = 0; n < index + (i === 0 ? 0 : 1); n++) await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(stepsOf('en', target.path)[i]!.answer);
    await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
    await expect(picker(page).getByRole('heading', { level: 3 })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/cases/${target.leaf.slug}/$`));
});

test('the picker passes axe part way, at a result and as the no-JavaScript outline', async ({ page }) => {
  const violations = async (p: Page) =>
    (await new AxeBuilder({ page: p }).include('[data-testid="symptom-picker"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${p.url()}: ${v.id}`);
  const found: string[] = [];
  for (const lang of LANGS) {
    await page.goto(`${lang}/?picker=${encodePath(target.path.slice(0, 2))}`);
    found.push(...(await violations(page)));
    await page.goto(`${lang}/?picker=${encodePath(target.path)}`);
    found.push(...(await violations(page)));
  }
  // axe needs scripts to run, so the outline is checked by showing it fully on a page with them.
  await page.goto('ja/');
  await picker(page).evaluate((root) => {
    root.querySelector<HTMLElement>('[data-part="outline"]')!.hidden = false;
    root.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
  });
  found.push(...(await violations(page)));
  expect(found).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`the whole tree is a nested list with a link to every case it leads to (${lang})`, async ({ page }) => {
      await page.goto(`${lang}/`);
      const outline = picker(page);
      await expect(outline.getByRole('button')).toHaveCount(0);
      for (const { leaf } of caseLeaves) {
        await expect(outline.locator(`a[href$="/${lang}/cases/${leaf.slug}/"]`).first()).toBeAttached();
      }
      const [first, second] = stepsOf(lang, target.path);
      await outline.getByText(first!.answer, { exact: true }).first().click();
      await outline.getByText(second!.answer, { exact: true }).first().click();
      const link = outline.locator(`a[href$="/${lang}/cases/${target.leaf.slug}/"]`).first();
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/cases/${target.leaf.slug}/$`));
    });
  }
});
