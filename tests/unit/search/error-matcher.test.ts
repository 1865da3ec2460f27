import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildErrorIndex, matchErrors, type ErrorCase } from '../../../src/lib/search/error-matcher.ts';
import { MAX_TEXT_CHARS, MAX_TOKENS, tokenizeErrorText } from '../../../src/lib/search/error-tokens.ts';

/** A small catalog with real server texts, so the tests do not move when the content does. */
const CASES: ErrorCase[] = [
  {
    slug: 'mailbox-full',
    codes: ['5.2.2', '4.2.2', '552', '452'],
    errors: [
      '552 5.2.2 <neko@nyaaan.example.org> Quota exceeded (mailbox for user is full)',
      '452-4.2.2 The email account that you tried to reach is over quota. Please direct',
      '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
    ],
  },
  {
    slug: 'wrong-address',
    codes: ['5.1.1', '5.1.10', '550'],
    errors: [
      '550 5.1.1 <kijitora@example.jp>: Recipient address rejected: User unknown in local recipient table',
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      '550-5.1.1 The email account that you tried to reach does not exist. Please try',
    ],
  },
  {
    slug: 'account-disabled',
    codes: ['5.2.1', '550'],
    errors: ['550 5.2.1 The email account that you tried to reach is disabled. g0000000000ggg.00'],
  },
  { slug: 'relay-denied', codes: ['5.7.1', '554'], errors: ['554 5.7.1 <kijitora@example.org>: Relay access denied'] },
  {
    slug: 'company-spam-filter',
    codes: ['5.7.1', '550'],
    errors: [
      '550 5.7.1 Message content rejected, UBE, id=22220-02-222',
      '550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp',
    ],
  },
  {
    slug: 'blocklisted-ip',
    codes: ['5.7.1', '550', '554'],
    errors: ['550 5.7.1 Service unavailable; client [203.0.113.9] blocked using zen.spamhaus.org'],
  },
  {
    slug: 'dkim-fail',
    codes: ['5.7.30', '550'],
    errors: ["550 5.7.30 This message was blocked because it didn't pass DKIM authentication."],
  },
  {
    slug: 'smtp-auth-failed',
    codes: ['5.7.30', '5.7.139', '535'],
    errors: [
      '550 5.7.30 Basic authentication is not supported for Client Submission.',
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    ],
  },
  {
    slug: 'low-reputation',
    codes: ['4.7.0', '421'],
    errors: [
      '421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    ],
  },
  {
    slug: 'message-too-large',
    codes: ['5.3.4', '552'],
    errors: ['552 sorry, that message size exceeds my databytes limit (#5.3.4)'],
  },
  { slug: 'greylisting', codes: ['4.7.1', '451'], errors: ['451 4.7.1 greylisting, please try again later'] },
  { slug: 'check-junk-folder', codes: [], errors: [] },
];

const index = buildErrorIndex(CASES);
const top = (query: string) => matchErrors(index, query)[0]?.slug;
const slugs = (query: string) => matchErrors(index, query).map((m) => m.slug);
const evidence = (query: string, slug: string) => matchErrors(index, query).find((m) => m.slug === slug)?.matched ?? [];

describe('error matcher: codes', () => {
  it('recognises an enhanced status code however it is written', () => {
    for (const query of ['5.3.4', '5.3.4:', '#5.3.4', '(#5.3.4)', 'size limit 5.3.4.', '552-5.3.4']) {
      expect(top(query), query).toBe('message-too-large');
      expect(evidence(query, 'message-too-large')).toContainEqual({ kind: 'status', text: '5.3.4' });
    }
  });

  it('reads the reply code and the status code of "550-5.1.1" separately', () => {
    const matched = evidence('550-5.1.1', 'wrong-address');
    expect(matched).toContainEqual({ kind: 'status', text: '5.1.1' });
    expect(matched).toContainEqual({ kind: 'reply', text: '550' });
  });

  it('does not take numbers, IP addresses or version strings for codes', () => {
    const tokens = tokenizeErrorText('in 840 minutes from 192.0.2.250 [203.0.113.5]:25 see 4.16.55.1 id=550123').tokens;
    expect(tokens.filter((t) => t.kind === 'status' || t.kind === 'reply')).toEqual([]);
  });

  it('counts the same code in the other class (4.2.2 for 5.2.2), below an exact match', () => {
    expect(top('4.2.2')).toBe('mailbox-full');
    const [exact] = matchErrors(index, '5.2.2');
    const [otherClass] = matchErrors(buildErrorIndex([{ slug: 'x', codes: ['5.2.2'], errors: [] }, ...CASES.slice(1)]), '4.2.2');
    expect(otherClass?.slug).toBe('x');
    expect(otherClass?.score).toBeLessThan(exact?.score ?? 0);
  });

  it('finds nothing for a bare reply code that many cases share', () => {
    expect(matchErrors(index, '550')).toEqual([]);
  });
});

describe('error matcher: provider markers', () => {
  it('finds a case by a marker alone, in any letter case', () => {
    expect(top('gsmtp')).toBe('company-spam-filter');
    expect(top('STOREDRV')).toBe('mailbox-full');
    expect(top('storedrv')).toBe('mailbox-full');
    expect(top('[TSS04]')).toBe('low-reputation');
    expect(evidence('[TSS04]', 'low-reputation')).toContainEqual({ kind: 'marker', text: 'TSS04' });
  });

  it('relates marker variants: another code of a family, another identifier under the same prefix', () => {
    expect(top('[TSS09]')).toBe('low-reputation');
    expect(top("Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'")).toBe('wrong-address');
  });

  it('counts a host named in the text by its domain', () => {
    expect(top('blocked using b.spamhaus.org')).toBe('blocklisted-ip');
  });
});

describe('error matcher: phrases', () => {
  it('matches phrasings that differ in small words and endings', () => {
    expect(top('over quota')).toBe('mailbox-full');
    expect(top('Mailbox is full')).toBe('mailbox-full');
    expect(top('the user is unknown')).toBe('wrong-address');
    expect(top("account doesn't exist")).toBe('wrong-address');
  });

  it('ranks by the rarer words: the shared Gmail opening does not decide', () => {
    const opening = 'The email account that you tried to reach';
    expect(top(`${opening} is disabled.`)).toBe('account-disabled');
    expect(top(`${opening} is over quota.`)).toBe('mailbox-full');
    expect(top(`${opening} does not exist.`)).toBe('wrong-address');
  });

  it('shows the matched words as they were pasted', () => {
    const query = '550 5.2.2 <b@example.net>... Mailbox is FULL today';
    const phrases = evidence(query, 'mailbox-full').filter((e) => e.kind === 'phrase');
    expect(phrases.length).toBeGreaterThan(0);
    for (const p of phrases) expect(query).toContain(p.text);
    expect(phrases.map((p) => p.text)).toContain('Mailbox is FULL');
  });

  it('does not highlight masked text or unmatched words between matches', () => {
    const matched = evidence('421 4.7.0 [TSS09] Messages from 192.0.2.10 permanently deferred', 'low-reputation');
    expect(matched.map((e) => e.text)).toContain('TSS09');
    for (const e of matched) expect(e.text).not.toMatch(/192|permanently/);
  });

  it('leaves plain questions to the full-text search', () => {
    expect(matchErrors(index, 'where did my email go')).toEqual([]);
  });
});

describe('error matcher: code and words together', () => {
  it('tells 5.7.30 at Microsoft (basic authentication) from 5.7.30 at Gmail (DKIM)', () => {
    expect(slugs('5.7.30').slice(0, 2).sort()).toEqual(['dkim-fail', 'smtp-auth-failed']);
    expect(top('550 5.7.30 Basic authentication is not supported for Client Submission')).toBe('smtp-auth-failed');
    expect(top('5.7.30 DKIM')).toBe('dkim-fail');
  });

  it('tells the many 5.7.1 refusals apart by their words', () => {
    expect(top('554 5.7.1 <x@example.com>: Relay access denied')).toBe('relay-denied');
    expect(top('550 5.7.1 Message content rejected, UBE')).toBe('company-spam-filter');
    expect(top('550 5.7.1 Client host [198.51.100.7] blocked using zen.spamhaus.org')).toBe('blocklisted-ip');
  });
});

describe('error matcher: masking', () => {
  it('gives the same answer whatever the addresses, IP addresses, hosts and queue ids', () => {
    const line = (who: string, ip: string, host: string, id: string) =>
      `550-5.1.1 <${who}>: Recipient address rejected: User unknown in virtual mailbox table [${ip}] ${host} ${id}`;
    const a = matchErrors(index, line('ab@example.com', '192.0.2.1', 'mx1.example.com', 'q1a2b3c4d5e6f7'));
    const b = matchErrors(index, line('zz@nyaan.example.jp', '2001:db8::25', 'mail.example.net', 'n37sm954097wag'));
    expect(a).toEqual(b);
    expect(a[0]?.slug).toBe('wrong-address');
  });

  it('keeps no address, IP address or queue id among the tokens or in the index', () => {
    const tokens = tokenizeErrorText('<neko@example.org> from [192.0.2.25] (2001:db8::1) id 22Neko-0002np-Qr n37sm954097wag').tokens;
    expect(tokens.map((t) => t.value).join(' ')).not.toMatch(/neko|192|2001|qr|n37/);
    const json = JSON.stringify(index);
    expect(json).not.toMatch(/kijitora|nyaaan|192\.0\.2|203\.0\.113|22220|g0000/);
  });
});

describe('error matcher: robustness', () => {
  it('returns nothing for empty, blank or non-text input', () => {
    expect(matchErrors(index, '')).toEqual([]);
    expect(matchErrors(index, ' \n\t ')).toEqual([]);
    expect(matchErrors(index, undefined as unknown as string)).toEqual([]);
    expect(matchErrors(index, '5.2.2', 0)).toEqual([]);
    expect(matchErrors(index, '5.2.2', Number.NaN)).toEqual([]);
  });

  it('reads error text inside HTML, between emoji and control characters', () => {
    expect(top('<p><b>552 5.2.2</b> Mailbox&nbsp;full</p>')).toBe('mailbox-full');
    expect(top('📧 552\u0000 5.2.2 🙀 quota\u0007 exceeded 📭')).toBe('mailbox-full');
    expect(top('552 5.2.2 &lt;neko@example.org&gt; Quota exceeded')).toBe('mailbox-full');
  });

  it('bounds the work for a very long paste and still finds the error in it', () => {
    const filler = 'Received: from mx.example.net by mail.example.org; Thu, 29 Apr 2026 23:34:45 +0900\n'.repeat(80);
    const query = `${filler}552 5.2.2 Quota exceeded (mailbox for user is full)\n${'='.repeat(4000)}`;
    expect(query.length).toBeGreaterThan(10_000);
    expect(top(query)).toBe('mailbox-full');
    expect(tokenizeErrorText('word '.repeat(10_000)).tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
    expect(tokenizeErrorText('x'.repeat(100_000)).text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });

  it('never throws and never returns more than the limit, whatever is pasted', () => {
    const pasted = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.constantFrom('550', '5.7.1', '<a@b.c>', '[TSS04]', 'RESOLVER.ADR.X', 'quota', '&lt;', '<b>', '📧', '\u0000', ' ', '-', '.', '#', '(', ')'), { maxLength: 80 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(pasted, fc.integer({ min: -3, max: 60 }), (query, limit) => {
        const results = matchErrors(index, query, limit);
        expect(results.length).toBeLessThanOrEqual(Math.max(0, limit));
        for (const r of results) expect(Number.isFinite(r.score)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('error index', () => {
  it('survives a JSON round trip with the same answers', () => {
    const copy = JSON.parse(JSON.stringify(index)) as typeof index;
    expect(copy).toEqual(index);
    for (const query of ['552 5.2.2 Mailbox full', 'gsmtp', '5.7.30 DKIM', '[TSS09] deferred']) {
      expect(matchErrors(copy, query)).toEqual(matchErrors(index, query));
    }
  });

  it('answers nothing, without throwing, for a file that is not an error index', () => {
    for (const bad of [null, {}, { version: 99, cases: [] }, { version: 1, cases: [{ slug: 1 }] }, 'x']) {
      expect(matchErrors(bad as unknown as typeof index, '5.2.2')).toEqual([]);
    }
  });

  it('keeps each error once, normalised, with codes and markers', () => {
    const entry = index.cases.find((c) => c.slug === 'mailbox-full');
    expect(entry?.codes).toEqual(['5.2.2', '4.2.2', '552', '452']);
    expect(entry?.lines).toHaveLength(3);
    expect(entry?.lines[2]).toContain('!storedrv.deliver.exception');
  });
});
