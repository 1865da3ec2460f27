import { describe, expect, it } from 'vitest';
import { errorLineSignal } from '../../../src/lib/search/diagnosis-signal.ts';
import { looksLikeErrorLine } from '../../../src/lib/search/error-line.ts';
import { buildErrorIndex } from '../../../src/lib/search/error-matcher.ts';
import { mergeResults, type ErrorHit, type SearchHit } from '../../../src/lib/search/merge.ts';

const index = buildErrorIndex([
  { slug: 'blocklisted-ip', codes: ['5.7.1', '554'], errors: ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org'] },
  { slug: 'mailbox-full', codes: ['5.2.2', '552'], errors: ['552 5.2.2 Mailbox full'] },
]);

describe('the error-line signal', () => {
  it('puts the case the diagnosis core names first, with its reason', () => {
    const [first] = errorLineSignal(index, '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org');
    expect(first).toMatchObject({ slug: 'blocklisted-ip', reason: 'blocked' });
  });

  it('tells an error line from a question', () => {
    expect(looksLikeErrorLine('552 5.2.2 Mailbox full')).toBe(true);
    expect(looksLikeErrorLine('Gmailで5.7.26のエラー')).toBe(true);
    expect(looksLikeErrorLine('their mailbox is full so my email came back')).toBe(false);
  });
});

describe('merging the three answers', () => {
  const hit = (url: string, kind: 'error' | 'summary'): SearchHit => ({ url, title: url, why: kind === 'error' ? { kind, texts: [] } : { kind, text: '' }, highlight: [] });
  const errorHits: ErrorHit[] = [{ ...hit('a', 'error'), score: 8 }];
  const pageHits = [hit('b', 'summary'), hit('a', 'summary')];

  it('lets a recognised error line lead, and keeps its explanation', () => {
    const merged = mergeResults({ errorHits, pageHits, textHits: [], errorLine: true });
    expect(merged.map((h) => h.url)).toEqual(['a', 'b']);
    expect(merged[0]!.why.kind).toBe('error');
  });

  it('lets the ranker lead for a question that only shares words with an error text', () => {
    expect(mergeResults({ errorHits, pageHits: [hit('b', 'summary')], textHits: [], errorLine: false })[0]!.url).toBe('b');
  });
});
