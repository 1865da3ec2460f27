import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHeaders } from '../../../src/lib/headers/index.ts';

const real = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'headers', 'real', name), 'utf8');
const hosts = (report: ReturnType<typeof analyzeHeaders>) => report.hops.map((h) => h.by?.split(' ')[0]);
const slugs = (report: ReturnType<typeof analyzeHeaders>) => report.findings.flatMap((f) => (f.caseSlug ? [f.caseSlug] : []));

describe('Gmail receiving through Amazon SES with a gmail.com From', () => {
  const report = analyzeHeaders(real('gmail-via-amazon-ses.txt'));

  it('reads both hops, oldest first, with TLS', () => {
    expect(hosts(report)).toEqual(['mx.google.com', '2002:a0c:c44a:0:0:0:0:0']);
    expect(report.hops[0]).toMatchObject({ with: 'ESMTPS', for: 'weicheng@edison.tech', date: '2020-02-01T03:11:49Z', tls: { version: 'TLS1_2', cipher: 'ECDHE-RSA-AES128-SHA' } });
    expect(report.hops[1]!.delaySeconds).toBe(0);
  });

  it('says DMARC fails because neither authenticated domain aligns with gmail.com', () => {
    expect(report.alignment).toMatchObject({ from: 'gmail.com', spfDomain: 'us-west-2.amazonses.com', spfAligned: false, alignedDomains: [] });
    expect(report.findings[0]).toMatchObject({ severity: 'problem', caseSlug: 'dmarc-rejected' });
    expect(report.findings[0]!.text).toContain('DMARC failed for gmail.com');
    expect(report.authentication[0]!.results.find((r) => r.method === 'dmarc')!.comment).toBe('p=NONE sp=QUARANTINE dis=NONE');
  });
});

describe('a list message: Exim → Halon → Postfix (kernel.org)', () => {
  const report = analyzeHeaders(real('kernel-list-postfix-halon-exim.txt'));

  it('reads the three hops with their dates and shows the 6 s clock skew', () => {
    expect(hosts(report)).toEqual(['s198.webhostingserver.nl', 'mailfilter02.webhostingserver.nl', 'smtp.subspace.kernel.org']);
    expect(report.hops.map((h) => h.date)).toEqual(['2024-09-20T08:52:18Z', '2024-09-20T08:52:12Z', '2024-09-20T08:53:29Z']);
    expect(report.hops.map((h) => h.delaySeconds)).toEqual([undefined, -6, 77]);
    expect(report.hops[0]).toMatchObject({ with: 'esmtpa', id: '1srZNC-0000000ATGh-39pO' });
    expect(report.hops[2]!.tls).toEqual({ version: 'TLSv1.2', cipher: 'ECDHE-RSA-AES256-GCM-SHA384' });
    expect(report.findings.some((f) => f.severity === 'warning' && f.text.includes('clocks disagree'))).toBe(true);
  });

  it('trusts only kernel.org’s own results and keeps the ARC sets newest first', () => {
    const trusted = report.authentication.filter((a) => a.instance === undefined);
    expect(new Set(trusted.map((a) => a.authservId))).toEqual(new Set(['smtp.subspace.kernel.org']));
    expect(report.authentication.filter((a) => a.instance !== undefined).map((a) => a.instance)).toEqual([3, 2, 1]);
    expect(report.findings.some((f) => f.text.includes('webhostingserver.nl'))).toBe(true);
  });

  it('finds SPF failing for gmail.com; ARC shows no earlier pass, so it is not called forwarding', () => {
    expect(slugs(report)).toContain('spf-fail');
    expect(slugs(report)).not.toContain('forwarding-breaks-auth');
    expect(slugs(report)).toContain('dmarc-rejected');
  });
});

describe('a list message from Microsoft 365 (Exchange Online, Tessian) to Postfix', () => {
  const report = analyzeHeaders(real('kernel-list-microsoft365.txt'));

  it('reads all nine hops including the comment-only Tessian line, in 20 s', () => {
    expect(report.hops).toHaveLength(9);
    expect(report.hops[0]).toMatchObject({ by: 'AS8PR08MB6263.eurprd08.prod.outlook.com ([fe80::12b5:3f0a:2090:fa7c%7])', with: 'mapi', id: '15.20.7897.010', date: '2024-08-19T14:25:49Z' });
    const tessian = report.hops.find((h) => !h.from && !h.by)!;
    expect(tessian.date).toBe('2024-08-19T14:25:59Z');
    expect(report.hops[6]).toMatchObject({ with: 'Microsoft SMTP Server', via: 'Frontend Transport', tls: { version: 'TLS1_2', cipher: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384' } });
    expect(report.totalSeconds).toBe(20);
    expect(report.hops.every((h) => h.delaySeconds === undefined || h.delaySeconds >= 0)).toBe(true);
  });

  it('explains Microsoft’s verdicts, and says where Microsoft does not document a field', () => {
    const v = (field: string) => report.verdicts.find((x) => x.header === 'X-Forefront-Antispam-Report' && x.field === field);
    expect(v('SCL')).toMatchObject({ value: '1' });
    expect(v('SCL')!.meaning).toContain('not spam');
    expect(v('SFV')!.meaning).toContain('not spam');
    expect(v('IPV')!.meaning).toContain('IP Allow List');
    expect(v('CTRY')).toMatchObject({ value: 'IE' });
    expect(v('SFS')!.meaning).toContain('does not document');
    expect(report.verdicts.find((x) => x.field === 'BCL')).toMatchObject({ value: '0' });
    expect(report.findings.some((f) => f.caseSlug === 'judged-as-spam')).toBe(false);
  });

  it('finds DMARC passing with SPF and DKIM aligned to arm.com', () => {
    expect(report.alignment).toMatchObject({ from: 'arm.com', spfAligned: true, dkimAligned: true });
    expect(report.findings.filter((f) => f.severity === 'problem')).toEqual([]);
  });
});

describe('a message held by greylisting (postgrey)', () => {
  const report = analyzeHeaders(real('vger-greylisted.txt'));

  it('marks the 6 min wait at the greylisting hop and links the greylisting case', () => {
    const greylisted = report.hops.findIndex((h) => h.by?.startsWith('lindbergh.monkeyblade.net'));
    expect(report.hops[greylisted]!.delaySeconds).toBe(364);
    const finding = report.findings.find((f) => f.caseSlug === 'greylisting')!;
    expect(finding.text).toBe(`6 min 4 s waited at hop ${greylisted + 1} (lindbergh.monkeyblade.net): greylisting or a queue.`);
  });

  it('reads majordomo’s list expansion with its via clause', () => {
    const expansion = report.hops.find((h) => h.via === 'listexpand')!;
    expect(expansion).toMatchObject({ by: 'vger.kernel.org', id: 'S230050AbjERVyA', date: '2023-05-18T21:54:00Z' });
    expect(expansion.from).toBeUndefined();
  });

  it('writes the same finding in Japanese', () => {
    const ja = analyzeHeaders(real('vger-greylisted.txt'), 'ja');
    expect(ja.findings.find((f) => f.caseSlug === 'greylisting')!.text).toContain('6分4秒 待たされています');
  });
});
