// Constructed header blocks (example.* names) that each exercise one decision; real blocks are in real-headers.test.ts.
import { describe, expect, it } from 'vitest';
import { analyzeHeaders } from '../../../src/lib/headers/index.ts';

const received = 'Received: from out.example.net (out.example.net [192.0.2.10]) by mx.example.org (Postfix) with ESMTPS id 1; Tue, 1 Dec 2026 10:00:00 +0000';

describe('findings', () => {
  it('forwarded: SPF fails at the last hop, ARC shows it passed before', () => {
    const report = analyzeHeaders([
      received,
      'Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=a@example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
      'ARC-Authentication-Results: i=1; mx.forwarder.example; spf=pass smtp.mailfrom=a@example.com; dkim=pass header.d=example.com',
      'From: A <a@example.com>',
    ].join('\n'));
    const finding = report.findings.find((f) => f.caseSlug === 'forwarding-breaks-auth')!;
    expect(finding.text).toContain('mx.forwarder.example');
    expect(report.findings.some((f) => f.caseSlug === 'spf-fail')).toBe(false);
  });

  it('DKIM signature broken by the mailing list (subject tag added)', () => {
    const report = analyzeHeaders([
      received,
      'Authentication-Results: mx.example.org; dkim=fail header.d=example.com header.s=s1; spf=pass smtp.mailfrom=list-bounces@lists.example.net',
      'From: A <a@example.com>',
      'Subject: [team-list] Re: minutes',
      'List-Id: <team.lists.example.net>',
    ].join('\n'));
    expect(report.findings.find((f) => f.caseSlug === 'mailing-list-breaks-dkim')!.text).toBe(
      'The DKIM signature of example.com was broken by the mailing list (subject tag “[team-list]” added).',
    );
  });

  it('a spam verdict sends the reader to the spam case, in both languages', () => {
    const block = [received, 'X-Spam-Flag: YES', 'X-Spam-Status: Yes, score=9.1 required=5.0 tests=BAYES_99,URIBL_BLACK autolearn=no'].join('\n');
    expect(analyzeHeaders(block).findings[0]).toMatchObject({ severity: 'problem', caseSlug: 'judged-as-spam' });
    expect(analyzeHeaders(block, 'ja').findings[0]!.text).toContain('SpamAssassinが迷惑メールと判定しました');
    const rspamd = analyzeHeaders([received, 'X-Spamd-Result: default: True [16.20 / 15.00]; BAYES_SPAM(5.10)[99.99%]'].join('\n'));
    expect(rspamd.verdicts[0]).toMatchObject({ header: 'X-Spamd-Result', value: '16.20 / 15.00' });
    expect(rspamd.findings[0]!.text).toContain('rspamd');
  });

  it('Microsoft’s block lists are a list decision, not the content', () => {
    const report = analyzeHeaders([received, 'X-Forefront-Antispam-Report: CIP:192.0.2.10;CTRY:JP;LANG:ja;SCL:6;SRV:;IPV:NLI;SFV:SKB;CAT:SPM;SFS:(13230040);DIR:INB;'].join('\n'));
    expect(report.findings[0]).toMatchObject({ caseSlug: 'company-spam-filter' });
    expect(report.verdicts.find((v) => v.field === 'SCL')!.meaning).toContain('Junk Email folder');
  });

  it('no Received fields: says the paste may not be the whole header', () => {
    expect(analyzeHeaders('From: a@example.com\nSubject: hi').findings.some((f) => f.text.startsWith('No Received fields'))).toBe(true);
  });

  it('a long wait between two servers of one provider is its queue, not greylisting', () => {
    const at = (time: string) => `; Tue, 1 Dec 2026 ${time} +0000`;
    const inside = analyzeHeaders([
      `Received: from relay.example.com (relay.example.com [192.0.2.20]) by mx.example.com (Postfix) with ESMTP id 2${at('10:12:00')}`,
      `Received: by out.mail.example.com with ESMTPA id 1${at('10:00:00')}`,
    ].join('\n'));
    const wait = inside.findings.find((f) => f.text.startsWith('12 min 0 s waited at hop 2'))!;
    expect(wait).toMatchObject({ severity: 'warning' });
    expect(wait.caseSlug).toBeUndefined();
    expect(wait.text).toContain('between two servers of example.com');
    expect(analyzeHeaders([
      `Received: from out.example.net (out.example.net [192.0.2.10]) by mx.example.org (Postfix) with ESMTP id 2${at('10:12:00')}`,
      `Received: by out.example.net with ESMTPA id 1${at('10:00:00')}`,
    ].join('\n')).findings.some((f) => f.caseSlug === 'greylisting')).toBe(true);
  });

  it('reads every rule of a SpamAssassin rule list folded over lines', () => {
    const report = analyzeHeaders(`${received}\nX-Spam-Status: No, score=0.1 required=5.0 tests=DKIM_SIGNED,\n\tDKIM_VALID,SPF_PASS autolearn=ham\n\tversion=4.0.0`);
    expect(report.verdicts.find((v) => v.field === 'tests')!.value).toBe('DKIM_SIGNED, DKIM_VALID, SPF_PASS');
  });

  it('decodes an ISO-2022-JP subject', () => {
    expect(analyzeHeaders(`${received}\nSubject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=`).subject).toBe('テスト');
  });
});
