import { describe, expect, it } from 'vitest';
import { parseReceived } from '../../../src/lib/headers/index.ts';
import { parseMailDate } from '../../../src/lib/headers/dates.ts';

describe('parseReceived on the forms MTAs write', () => {
  it('reads qmail’s comment-only lines as a hop with only a date', () => {
    expect(parseReceived('Received: (qmail 12345 invoked by uid 89); 1 Dec 2026 10:00:00 -0000')).toEqual({ date: '2026-12-01T10:00:00Z' });
  });

  it('never takes a keyword inside a comment for a clause', () => {
    const hop = parseReceived('from a.example (a.example [192.0.2.1]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) by b.example (Postfix) with ESMTPS id 4X; Tue, 1 Dec 2026 01:02:03 +0000');
    expect(hop).toMatchObject({ from: 'a.example (a.example [192.0.2.1]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))', by: 'b.example (Postfix)', with: 'ESMTPS', id: '4X' });
    expect(hop.tls).toEqual({ version: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384' });
  });

  it('keeps Exim’s "tls" clause out of "with"', () => {
    const hop = parseReceived('from [192.0.2.7] (helo=x) by mx.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <a@example.org>) id 1abc-0001; Tue, 01 Dec 2026 09:00:00 +0900');
    expect(hop).toMatchObject({ with: 'esmtps', id: '1abc-0001', date: '2026-12-01T00:00:00Z', tls: { version: 'TLS1.3', cipher: 'TLS_AES_256_GCM_SHA384' } });
  });

  it('skips a clause of its own after the host, as Yahoo writes "pod-id"', () => {
    const hop = parseReceived('Received: from 127.0.0.1\n by atlas-production.mail.example.com pod-id atlas--production-bf1-1a2b.example.com with HTTP; Thu, 25 Jan 2024 12:14:01 +0000');
    expect(hop).toEqual({ from: '127.0.0.1', by: 'atlas-production.mail.example.com', with: 'HTTP', date: '2024-01-25T12:14:01Z' });
    expect(parseReceived('from mail.example.com [192.0.2.1] by mx.example.org with SMTP; 1 Dec 2026 10:00:00 +0000')).toMatchObject({ from: 'mail.example.com [192.0.2.1]', by: 'mx.example.org' });
    expect(parseReceived('Received: from mail pickup service by EXCH01.example.local with Microsoft SMTPSVC; 1 Dec 2026 10:00:00 +0900')).toMatchObject({ from: 'mail pickup service', by: 'EXCH01.example.local', with: 'Microsoft SMTPSVC' });
  });

  it('leaves the date out when it cannot be read, rather than guessing', () => {
    expect(parseReceived('from a by b with SMTP; yesterday at noon').date).toBeUndefined();
    expect(parseReceived('from a by b with SMTP; 31 Feb 2026 10:00:00 +0000').date).toBeUndefined();
    expect(parseReceived('from a by b with SMTP; 1 Dec 2026 10:00:00').date).toBeUndefined();
  });
});

describe('parseMailDate', () => {
  it('reads obsolete zone names, two-digit years and ISO-like dates', () => {
    expect(parseMailDate('Sat, 14 Feb 2009 05:42:03 PST')).toBe('2009-02-14T13:42:03Z');
    expect(parseMailDate('1 Dec 26 10:00 GMT')).toBe('2026-12-01T10:00:00Z');
    expect(parseMailDate('2017-03-18 16:54:08.798276027 +0000 UTC')).toBe('2017-03-18T16:54:08Z');
  });
});
