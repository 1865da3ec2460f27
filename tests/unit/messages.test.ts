import { describe, expect, it } from 'vitest';
import { fill, plural, shorten } from '../../src/lib/messages.ts';

describe('UI messages with values', () => {
  it('fill named placeholders and leave unknown ones as written', () => {
    expect(fill('No term matches “{query}”.', { query: 'zzz' })).toBe('No term matches “zzz”.');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('pick the English singular for one and the plural otherwise', () => {
    const forms = { one: '{count} term matches', other: '{count} terms match' };
    expect(plural(forms, 1, 'en')).toBe('1 term matches');
    expect(plural(forms, 0, 'en')).toBe('0 terms match');
    expect(plural(forms, 12, 'en')).toBe('12 terms match');
  });

  it('use the one Japanese form for every count', () => {
    const forms = { one: 'unused', other: '{count}件の用語が該当します' };
    expect(plural(forms, 1, 'ja')).toBe('1件の用語が該当します');
  });

  it('quote a long text back cut short, a short one whole', () => {
    expect(shorten('over quota', 40)).toBe('over quota');
    expect(shorten('x'.repeat(50), 40)).toBe(`${'x'.repeat(40)}…`);
  });
});
