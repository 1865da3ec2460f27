import { describe, expect, it } from 'vitest';
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
