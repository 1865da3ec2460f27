import { describe, expect, it } from 'vitest';
import { fuseWordRankings, searchableWords } from '../../src/lib/search/merge.ts';
import { cleanQuery, decodeEntities, textQuery } from '../../src/lib/search/query.ts';

describe('what search makes of a pasted text', () => {
  it('removes control characters and caps the length', () => {
    expect(cleanQuery('  550\u0000 5.1.1\u0007\n user unknown ')).toBe('550 5.1.1 user unknown');
    expect(cleanQuery('x'.repeat(10_000)).length).toBe(2000);
  });

  it('gives full-text search the words, not addresses, hosts, IPs or markup', () => {
    const words = textQuery('550 5.1.1 <ab@example.com>: host mx1.example.co.jp[192.0.2.1] said: User unknown (#5.1.1)');
    expect(words).toContain('550 5.1.1');
    expect(words).toContain('User unknown');
    for (const noise of ['ab@example.com', 'example', '192.0.2.1', '<', '#']) expect(words).not.toContain(noise);
  });

  it('turns escaped excerpt text back into text', () => {
    expect(decodeEntities('&lt;img src=x&gt; &amp; &quot;q&quot; &#39;s')).toBe('<img src=x> & "q" \'s');
  });
});

describe('searching word by word when the whole phrase finds too little', () => {
  it('puts pages found by more of the words first, then by rank', () => {
    expect(fuseWordRankings([['a', 'b', 'c'], ['c', 'd'], ['c', 'b']])).toEqual(['c', 'b', 'a', 'd']);
  });

  it('searches only words worth it', () => {
    expect(searchableWords('client says she sent it, she said')).toEqual(['client', 'says', 'she', 'sent', 'said']);
    expect(searchableWords('添付 ファイル a an')).toEqual(['添付', 'ファイル']);
  });
});
