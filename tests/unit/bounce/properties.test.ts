/** Whatever it is given, the analyser answers with a well-formed report and does not hang. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REASONS, analyzeBounce, type BounceReport } from '../../../src/lib/bounce/index.ts';
import { diagnose, diagnoseText, type Diagnosis, type Evidence } from '../../../src/lib/diagnosis/index.ts';

const KINDS = ['bounce', 'delay', 'auto-reply', 'feedback', 'delivered', 'not-a-bounce'];

function expectWellFormed(report: BounceReport): void {
  expect(KINDS).toContain(report.kind);
  expect(Array.isArray(report.recipients)).toBe(true);
  for (const r of report.recipients) {
    expect(REASONS).toContain(r.reason);
    expect(r.caseSlug === null || typeof r.caseSlug === 'string').toBe(true);
    if (r.status !== undefined) expect(r.status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
    if (r.replyCode !== undefined) expect(r.replyCode).toMatch(/^[245]\d\d$/);
    expect(Array.isArray(r.decidedBy)).toBe(true);
  }
  if (report.kind === 'not-a-bounce') expect(report.recipients).toEqual([]);
  else expect(report.recipients.length).toBeGreaterThan(0);
}

/** Pieces of real reports, to build inputs that reach deep into the parsers. */
const PIECES = [
  'From: MAILER-DAEMON@mx.example.net', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', 'Content-Type: message/delivery-status',
  'Content-Type: text/plain; charset=ISO-2022-JP', 'Content-Type: message/rfc822', 'Content-Transfer-Encoding: base64',
  'Content-Transfer-Encoding: quoted-printable', '--b', '--b--', '', ' ', 'Reporting-MTA: dns; mx.example.net',
  'Final-Recipient: rfc822; taro@example.org', 'Original-Recipient: rfc822;', 'Action: failed', 'Action: delayed',
  'Status: 5.1.1', 'Status: 4.4.7 (timeout)', 'Diagnostic-Code: smtp; 550 5.1.1 User unknown', '    folded continuation',
  '<taro@example.org>:', 'Remote host said: 552 5.2.2 Mailbox full', '   ----- The following addresses had permanent fatal errors -----',
  '   ----- Transcript of session follows -----', '>>> RCPT To:<taro@example.org>', '<<< 550-5.7.1 blocked', '<<< 550 5.7.1 using dnsbl',
  'The following address(es) failed:', '  taro@example.org', '    SMTP error from remote mail server after RCPT TO:',
  "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", '#550 5.2.2 STOREDRV.Deliver: mailbox full',
  'Delivery to the following recipient failed permanently:', 'Technical details of permanent failure:',
  '--- Below this line is a copy of the message.', 'Auto-Submitted: auto-replied', 'Feedback-Type: abuse',
  '=?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=', '\x1b$B%(%i!<\x1b(B', '=82=B1=82=CC', 'R0lGODlhAQABAAAAACw=',
  '> > > quoted', '------- Failure Reasons  --------', 'Recipient address: taro@example.org', '550 : User unknown',
];

const mimeish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 40 })), { maxLength: 60 })
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

describe('robustness', () => {
  it('returns a well-formed report for any string', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 2000 }), async (s) => expectWellFormed(await analyzeBounce(s))), { numRuns: 200 });
  });

  it('returns a well-formed report for any bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (b) => expectWellFormed(await analyzeBounce(b))), { numRuns: 200 });
  });

  it('returns a well-formed report for arbitrary MIME-ish concatenations of report pieces', async () => {
    await fc.assert(fc.asyncProperty(mimeish, async (s) => expectWellFormed(await analyzeBounce(s))), { numRuns: 300 });
  });

  it('finishes on 2 MB inputs built to provoke backtracking and long scans', async () => {
    const MB = 1024 * 1024;
    const inputs = [
      'a'.repeat(2 * MB),
      'a@'.repeat(MB),
      '550-5.1.1 '.repeat(200_000),
      'x@y.zz:\n'.repeat(250_000),
      'From: MAILER-DAEMON@x.example\nSubject: Mail delivery failed\n\nThe following address(es) failed:\n' + '  a@b.example\n    550 x\n'.repeat(100_000),
      'Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1\n\n'.repeat(40_000),
      'Content-Type: text/html\n\n' + '<script>'.repeat(250_000),
    ];
    for (const input of inputs) {
      const report = await analyzeBounce(input);
      expectWellFormed(report);
      expect(report.recipients.length).toBeLessThanOrEqual(100);
    }
  }, 60_000);

  it('diagnoses any evidence without throwing, and says what decided unless it is undecided', () => {
    const text = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 300 }));
    const evidence: fc.Arbitrary<Evidence> = fc.record({
      words: text,
      status: fc.oneof(fc.constantFrom('5.1.1', '4.4.7', '5.7.1', '2.0.0', '5.7.606', '9.9.9', ''), fc.string({ maxLength: 8 })),
      replyCode: fc.oneof(fc.constantFrom('550', '421', '521', '999'), fc.string({ maxLength: 4 })),
      stage: fc.constantFrom('connect', 'ehlo', 'mail', 'rcpt', 'data', 'end-of-data', 'auth') as fc.Arbitrary<Evidence['stage']>,
      remoteHost: fc.oneof(fc.constantFrom('mx.google.com', 'x.protection.outlook.com', 'mfsmax.docomo.ne.jp'), fc.string({ maxLength: 30 })),
      reportingMta: fc.string({ maxLength: 30 }),
      recipient: fc.oneof(fc.constantFrom('taro@docomo.ne.jp', 'a@b'), fc.string({ maxLength: 30 })),
      action: fc.constantFrom('failed', 'delayed', 'delivered', 'x'),
    }, { requiredKeys: [] });
    fc.assert(fc.property(evidence, (e) => expectDiagnosis(diagnose(e))), { numRuns: 500 });
  });

  it('reads any pasted text without throwing: a diagnosis or null', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 2000 }), mimeish), (s) => {
      const d = diagnoseText(s);
      if (d !== null) expectDiagnosis(d);
    }), { numRuns: 300 });
  });
});

function expectDiagnosis(d: Diagnosis): void {
  expect(REASONS).toContain(d.reason);
  expect(d.caseSlug === null || typeof d.caseSlug === 'string').toBe(true);
  expect(Array.isArray(d.otherCases)).toBe(true);
  if (d.reason !== 'onhold') expect(d.decidedBy.length).toBeGreaterThan(0);
  for (const x of d.decidedBy) {
    expect(['status', 'reply', 'stage', 'provider', 'phrase']).toContain(x.kind);
    expect(x.rule).toMatch(/\S/);
  }
}
