import { describe, expect, it } from 'vitest';
import { nthOnPage } from '../../src/lib/page-ids.ts';

describe('counting uses on a page', () => {
  it('counts each key per page, starting again on the next page', () => {
    const page = {};
    expect([nthOnPage(page, 'spf'), nthOnPage(page, 'dkim'), nthOnPage(page, 'spf')]).toEqual([1, 1, 2]);
    expect(nthOnPage({}, 'spf')).toBe(1);
  });
});
