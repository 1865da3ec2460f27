// Real header blocks from Yahoo, iCloud and two Japanese hosts (さくらのレンタルサーバ, Xserver); sources in fixtures/headers/real/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHeaders } from '../../../src/lib/headers/index.ts';

const real = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'headers', 'real', name), 'utf8');
const hosts = (report: ReturnType<typeof analyzeHeaders>) => report.hops.map((h) => h.by?.split(' ')[0]);
const problems = (report: ReturnType<typeof analyzeHeaders>) => report.findings.filter((f) => f.severity === 'problem');

describe('Yahoo (yahoo.pl) to a kernel.org list, delivered by Postfix and LMTP', () => {
  const report = analyzeHeaders(real('yahoo-via-kernel-list.txt'));

  it('reads Yahoo’s Hermes submission and its HTTP hand-over, then the list’s Postfix hops and LMTP', () => {
    expect(hosts(report)).toEqual([
      'hermes--production-ir2-bbcfb4457-jfg7j',
      'sonic307.consmr.mail.ir2.yahoo.com',
      'smtp.subspace.kernel.org',
      'smtp.subspace.kernel.org',
      'sea.lore.kernel.org',
      'mail.lfdr.de',
      'lfdr',
    ]);
    expect(report.hops[0]).toMatchObject({ with: 'ESMTPA', id: '70d8dee74b9581b201e5d1fc2936dba7', date: '2026-03-10T21:47:57Z' });
    expect(report.hops[1]).toMatchObject({ from: 'sonic.gate.mail.ne1.yahoo.com', with: 'HTTP' });
    expect(report.hops[2]).toMatchObject({ with: 'ESMTPS', for: 'linux-media@vger.kernel.org', tls: { version: 'TLSv1.2', cipher: 'ECDHE-RSA-AES128-GCM-SHA256' } });
    expect(report.hops[6]).toMatchObject({ with: 'LMTP', id: 'aPvWLjaUsGkukgIAu9opvQ', for: 'lists+linux-media@lfdr.de' });
    expect(report.hops.map((h) => h.delaySeconds)).toEqual([undefined, 608, 1, 2, 4, 66, 0]);
    expect(report.totalSeconds).toBe(681);
  });

  it('calls the 10 min wait a queue inside Yahoo, not greylisting', () => {
    const wait = report.findings.find((f) => f.text.startsWith('10 min 8 s waited at hop 2'))!;
    expect(wait.text).toContain('between two servers of yahoo.com');
    expect(wait.caseSlug).toBeUndefined();
    expect(report.findings.some((f) => f.caseSlug === 'greylisting')).toBe(false);
  });

  it('finds DMARC, SPF and DKIM passing and aligned for yahoo.pl, and rspamd calling it ham', () => {
    expect(report.alignment).toMatchObject({ from: 'yahoo.pl', spfDomain: 'yahoo.pl', spfAligned: true, dkimDomains: ['yahoo.pl'], dkimAligned: true });
    const dmarc = report.authentication.flatMap((a) => (a.instance === undefined ? a.results : [])).find((r) => r.method === 'dmarc')!;
    expect(dmarc).toMatchObject({ result: 'pass', comment: 'p=reject dis=none' });
    expect(report.verdicts).toEqual([expect.objectContaining({ header: 'X-Spamd-Result', value: '-2.16 / 15.00' })]);
    expect(report.verdicts[0]!.meaning).toContain('not spam');
    expect(problems(report)).toEqual([]);
  });
});

describe('iCloud (icloud.com) to a kernel.org list', () => {
  const report = analyzeHeaders(real('icloud-via-kernel-list.txt'));

  it('reads iCloud’s authenticated submission and the four hops after it, in 13 s', () => {
    expect(hosts(report)).toEqual(['ci74p00im-qukt09090102.me.com', 'smtp.subspace.kernel.org', 'smtp.subspace.kernel.org', 'sv.mirrors.kernel.org', 'mail.lfdr.de']);
    expect(report.hops[0]).toMatchObject({ with: 'ESMTPSA', id: 'AFAE13C00487', date: '2024-09-05T13:03:01Z' });
    expect(report.hops.map((h) => h.delaySeconds)).toEqual([undefined, 8, 2, 2, 1]);
    expect(report.totalSeconds).toBe(13);
  });

  it('finds DMARC passing with SPF and DKIM aligned to icloud.com', () => {
    expect(report.alignment).toMatchObject({ from: 'icloud.com', spfAligned: true, dkimAligned: true });
    expect(report.findings.map((f) => f.text)).toContain('DMARC passed for icloud.com: the From domain is authenticated.');
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('さくらのレンタルサーバ (Sendmail and an F-Secure relay) to Gmail, then a Postfix list', () => {
  const report = analyzeHeaders(real('sakura-via-gmail-kvack.txt'));

  it('reads Sendmail’s local submission, the virus-scan relay without “with”, Gmail and the list, in JST, PST, EST and UTC', () => {
    expect(report.hops).toHaveLength(12);
    expect(report.hops[0]).toMatchObject({ by: 'www262.sakura.ne.jp (8.15.2/8.15.2/Submit)', id: 'x113a4EO027170', date: '2019-02-01T03:36:04Z' });
    expect(report.hops[0]!.from).toBeUndefined();
    expect(report.hops[2]).toEqual({ from: 'www262.sakura.ne.jp (202.181.97.72)', by: 'fsav301.sakura.ne.jp (F-Secure/fsigk_smtp/530/fsav301.sakura.ne.jp)', date: '2019-02-01T03:36:04Z', delaySeconds: 0 });
    expect(report.hops[4]).toMatchObject({ by: 'mx.google.com', with: 'ESMTPS', id: 'u191si659357itc.124.2019.01.31.19.36.13', for: 'linux-mm@kvack.org', date: '2019-02-01T03:36:14Z', tls: { version: 'TLS1_2', cipher: 'ECDHE-RSA-AES128-GCM-SHA256' } });
    expect(report.hops[7]).toMatchObject({ by: 'kanga.kvack.org (Postfix, from userid 63042)', id: '17D7E8E0002', date: '2019-02-01T03:36:17Z' });
    expect(report.hops.map((h) => h.delaySeconds)).toEqual([undefined, 0, 0, 1, 9, 2, 0, 1, 0, 0, 0, 1]);
    expect(report.totalSeconds).toBe(14);
  });

  it('trusts kernel.org’s results, not Gmail’s further down, and sees that nothing aligns with i-love.sakura.ne.jp', () => {
    const trusted = report.authentication.filter((a) => a.instance === undefined);
    expect(new Set(trusted.map((a) => a.authservId))).toEqual(new Set(['mail.kernel.org']));
    expect(report.findings.some((f) => f.text.includes('(mx.google.com) were not used'))).toBe(true);
    expect(report.alignment).toMatchObject({ from: 'i-love.sakura.ne.jp', spfDomain: 'kvack.org', spfAligned: false, dkimDomains: [] });
    expect(report.findings.find((f) => f.severity === 'warning')).toMatchObject({ caseSlug: 'dmarc-rejected' });
    expect(report.findings.some((f) => f.caseSlug === 'missing-authentication')).toBe(true);
  });

  it('lists every SpamAssassin rule of a folded X-Spam-Status', () => {
    expect(report.verdicts.find((v) => v.field === 'score')).toMatchObject({ value: '-7.0 / 3.0' });
    expect(report.verdicts.find((v) => v.field === 'tests')!.value).toBe('HEADER_FROM_DIFFERENT_DOMAINS, INCLUDES_PATCH, MAILING_LIST_MULTI, SIGNED_OFF_BY, SPF_PASS');
    expect(report.findings.some((f) => f.caseSlug === 'judged-as-spam')).toBe(false);
  });
});

describe('a phishing message from an Xserver host, greylisted by postgrey and marked spam by SpamAssassin', () => {
  const report = analyzeHeaders(real('xserver-greylisted-spam.txt'));

  it('reads the Xserver submission in JST and the 8 min 28 s greylisting wait at the next hop', () => {
    expect(hosts(report)).toEqual(['sv12718.xserver.jp', 'lindbergh.monkeyblade.net', 'vger.kernel.org', 'vger.kernel.org', 'mail.lfdr.de']);
    expect(report.hops[0]).toMatchObject({ with: 'ESMTPSA', id: '3062E669F4C', date: '2023-05-17T04:45:17Z' });
    expect(report.hops.map((h) => h.delaySeconds)).toEqual([undefined, 508, 2, 2, 2]);
    const wait = report.findings.find((f) => f.caseSlug === 'greylisting')!;
    expect(wait.text).toBe('8 min 28 s waited at hop 2 (lindbergh.monkeyblade.net): greylisting or a queue.');
  });

  it('puts SpamAssassin’s spam verdict first and lists all eight rules', () => {
    expect(report.findings[0]).toMatchObject({ severity: 'problem', caseSlug: 'judged-as-spam' });
    expect(report.findings[0]!.text).toContain('SpamAssassin classed it as spam (score 5.2 / 5.0)');
    expect(report.verdicts.find((v) => v.field === 'tests')!.value.split(', ')).toHaveLength(8);
  });

  it('decodes the Japanese subject written in five encoded words', () => {
    expect(report.subject).toBe('Vger  メール（linux-kernel@vger.kernel.org）の設定確認のお願い');
  });

  it('says in Japanese what SpamAssassin decided and how long the message waited', () => {
    const ja = analyzeHeaders(real('xserver-greylisted-spam.txt'), 'ja');
    expect(ja.findings[0]!.text).toContain('SpamAssassin');
    expect(ja.findings.find((f) => f.caseSlug === 'greylisting')!.text).toContain('8分28秒 待たされています');
  });
});

describe('Yahoo receiving at AOL: a Yahoo bounce delivered to an AOL mailbox (from Sisimai’s test set)', () => {
  const report = analyzeHeaders(real('yahoo-bounce-to-aol.txt'));

  it('reads Yahoo’s HTTP hand-over and its receiving hop with EHLO name and address in comments', () => {
    expect(report.hops).toEqual([
      { from: 'sonic.gate.mail.ne1.yahoo.com', by: 'sonic309.consmr.mail.gq1.yahoo.com', with: 'HTTP', date: '2018-06-14T10:31:41Z' },
      { from: '127.0.0.1 (EHLO sonic309-56.consmr.mail.gq1.yahoo.com) (98.137.65.182)', by: 'mta4124.aol.mail.gq1.yahoo.com', with: 'SMTPS', date: '2018-06-14T10:31:41Z', delaySeconds: 0 },
    ]);
  });

  it('takes the receiving server’s older-style results as its own and finds the DKIM pass', () => {
    expect(report.authentication).toHaveLength(1);
    expect(report.authentication[0]).toMatchObject({ authservId: 'mta4124.aol.mail.gq1.yahoo.com' });
    expect(report.authentication[0]!.results.map((r) => `${r.method}=${r.result}`)).toEqual(['domainkeys=neutral', 'dkim=pass']);
    expect(report.findings.some((f) => f.caseSlug === 'missing-authentication')).toBe(false);
    expect(problems(report)).toEqual([]);
  });
});
