import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** A real header block from tests/fixtures/headers/real/ (see its README for each one's source). */
export const realHeaders = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'headers', 'real', name), 'utf8');

/** Pastes into the analyser's box as a reader does: the box reads it at once, without the button. */
export async function paste(page: Page, label: string, text: string) {
  await page.getByLabel(label).evaluate((el, value) => {
    const box = el as HTMLTextAreaElement;
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
  await expect(page.getByTestId('paste-results')).toHaveAttribute('aria-busy', 'false');
}
