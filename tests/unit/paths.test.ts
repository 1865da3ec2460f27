import { describe, expect, it } from 'vitest';
import { langOfPath, localePath, preferredLang, switchLangPath, withBase } from '../../src/lib/paths.ts';

describe('page addresses', () => {
  it('puts pages under the base path and the language', () => {
    expect(localePath('/', 'ja', 'cases/mailbox-full/')).toBe('/ja/cases/mailbox-full/');
    expect(localePath('/kb/', 'en', 'glossary/')).toBe('/kb/en/glossary/');
    expect(localePath('/kb', 'en')).toBe('/kb/en/');
    expect(withBase('/kb/', '/favicon.svg')).toBe('/kb/favicon.svg');
  });

  it('tells the language of a page, also under a base path', () => {
    expect(langOfPath('/', '/ja/cases/x/')).toBe('ja');
    expect(langOfPath('/kb/', '/kb/en/')).toBe('en');
    expect(langOfPath('/', '/')).toBeNull();
    expect(langOfPath('/', '/english/')).toBeNull();
  });

  it('switches language and keeps the rest of the address', () => {
    expect(switchLangPath('/', '/en/cases/mailbox-full/', 'ja')).toBe('/ja/cases/mailbox-full/');
    expect(switchLangPath('/kb/', '/kb/ja/glossary/', 'en')).toBe('/kb/en/glossary/');
    expect(switchLangPath('/', '/', 'ja')).toBe('/ja/');
  });

  it('picks Japanese for a Japanese browser and English otherwise', () => {
    expect(preferredLang(['ja-JP', 'en-US'])).toBe('ja');
    expect(preferredLang(['en-GB', 'ja'])).toBe('en');
    expect(preferredLang(['fr-FR', 'ja'])).toBe('ja');
    expect(preferredLang(['de-DE'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
