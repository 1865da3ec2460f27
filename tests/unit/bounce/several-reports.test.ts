/** Inputs that hold more than one report: mailboxes, digests, forwarded attachments, ARF with several parts. */
import { describe, expect, it } from 'vitest';
import { analyzeBounce, analyzeBounces } from '../../../src/lib/bounce/index.ts';
import { deliveryReport, eml } from './build.ts';

const bounceTo = (address: string, reply: string): string => deliveryReport({
  text: 'This is the mail system at host mx.example.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n',
  status: `Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; ${address}\nAction: failed\nStatus: ${reply.split(' ')[1]}\nDiagnostic-Code: smtp; ${reply}\n`,
}).replace(/\r\n/g, '\n');

const first = bounceTo('taro@example.org', '550 5.1.1 User unknown');
const second = bounceTo('hanako@example.org', '552 5.2.2 Mailbox full');

describe('a mailbox file (mbox) of bounces', () => {
  const mbox = `From MAILER-DAEMON  Thu Apr 29 23:34:45 2026\n${first}\nFrom MAILER-DAEMON@mx.example.net Fri Apr 30 08:01:02 2026\n${second}`;

  it('gives one report per message, in order', async () => {
    const reports = await analyzeBounces(mbox);
    expect(reports.map((r) => r.recipients.map((x) => [x.address, x.status]))).toEqual([
      [['taro@example.org', '5.1.1']],
      [['hanako@example.org', '5.2.2']],
    ]);
  });

  it('keeps analyzeBounce answering with the first report', async () => {
    expect((await analyzeBounce(mbox)).recipients[0]?.address).toBe('taro@example.org');
  });

  it('does not split at a body line that merely starts with "From "', async () => {
    const reports = await analyzeBounces(first.replace('I\'m sorry', 'From me to you: I\'m sorry'));
    expect(reports).toHaveLength(1);
  });
});

describe('bounces attached to one message', () => {
  const forwarded = (parts: string[], type = 'multipart/mixed'): string => eml(
    ['From: Reader <reader@example.com>', 'To: it@example.com', 'Subject: Fwd: mails came back', 'MIME-Version: 1.0', `Content-Type: ${type}; boundary="fw"`],
    [
      ...(type === 'multipart/digest' ? [] : ['--fw', 'Content-Type: text/plain; charset=utf-8', '', 'Could you look at these two?', '']),
      ...parts.flatMap((p) => ['--fw', 'Content-Type: message/rfc822', '', p, '']),
      '--fw--', '',
    ].join('\n'),
  );

  it('reads each attached bounce of a forwarding message', async () => {
    const reports = await analyzeBounces(forwarded([first, second]));
    expect(reports.map((r) => r.recipients[0]?.address)).toEqual(['taro@example.org', 'hanako@example.org']);
  });

  it('reads each part of a MIME digest (RFC 2046 multipart/digest)', async () => {
    const reports = await analyzeBounces(forwarded([first, second], 'multipart/digest'));
    expect(reports.map((r) => r.recipients[0]?.status)).toEqual(['5.1.1', '5.2.2']);
  });
});

describe('feedback reports (RFC 5965)', () => {
  const arfPart = (rcpts: string[]): string[] => [
    '--arf', 'Content-Type: message/feedback-report', '',
    'Feedback-Type: abuse', 'User-Agent: ExampleFBL/1.0', 'Version: 1', ...rcpts.map((r) => `Original-Rcpt-To: ${r}`), '',
  ];
  const arf = (body: string[]): string => eml(
    ['From: fbl@isp.example', 'To: abuse@example.com', 'Subject: FW: spam report', 'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=feedback-report; boundary="arf"'],
    ['--arf', 'Content-Type: text/plain', '', 'This is an email abuse report.', '', ...body, '--arf--', ''].join('\n'),
  );

  it('gives one recipient per Original-Rcpt-To field', async () => {
    const report = await analyzeBounce(arf(arfPart(['taro@example.org', 'hanako@example.net'])));
    expect(report.kind).toBe('feedback');
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([['taro@example.org', 'feedback'], ['hanako@example.net', 'feedback']]);
  });

  it('reads every feedback-report part of one message', async () => {
    const report = await analyzeBounce(arf([...arfPart(['taro@example.org']), ...arfPart(['jiro@example.org'])]));
    expect(report.recipients.map((r) => r.address)).toEqual(['taro@example.org', 'jiro@example.org']);
  });

  it('reads a feedback report sent as text/plain instead of message/feedback-report', async () => {
    const mislabelled = arf(arfPart(['taro@example.org'])).replace('Content-Type: message/feedback-report', 'Content-Type: text/plain; name="report.txt"\r\nContent-Disposition: attachment');
    const report = await analyzeBounce(mislabelled);
    expect(report.kind).toBe('feedback');
    expect(report.recipients[0]?.address).toBe('taro@example.org');
  });
});

describe('mislabelled report parts', () => {
  it('reads a delivery-status part sent as an attached text/plain file', async () => {
    const report = await analyzeBounce(first.replace('Content-Type: message/delivery-status', 'Content-Type: text/plain; charset=us-ascii\nContent-Disposition: attachment; filename="details.txt"'));
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', status: '5.1.1' });
  });

  it('reads a delivery-status part sent inline as text/plain', async () => {
    const report = await analyzeBounce(first.replace('Content-Type: message/delivery-status', 'Content-Type: text/plain; charset=us-ascii'));
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', status: '5.1.1' });
  });

  it('reads a delivery-status part labelled message/rfc822', async () => {
    const report = await analyzeBounce(second.replace('Content-Type: message/delivery-status', 'Content-Type: message/rfc822'));
    expect(report.recipients[0]).toMatchObject({ address: 'hanako@example.org', status: '5.2.2' });
  });
});

describe('delivery reports are never auto-replies', () => {
  it('reads a Postfix report whose recipient section is empty as a bounce, though it says Auto-Submitted: auto-replied', async () => {
    const report = await analyzeBounce(eml(
      ['From: MAILER-DAEMON@mx.example.net (Mail Delivery System)', 'To: sender@example.com', 'Subject: Undelivered Mail Returned to Sender', 'Auto-Submitted: auto-replied', 'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"'],
      ['--b', 'Content-Type: text/plain', '', 'This is the mail system at host mx.example.net.', '', '\t--- Delivery report unavailable ---', '',
        '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', 'X-Postfix-Queue-ID: B1C79423C925', '', '--b--', ''].join('\n'),
    ));
    expect(report.kind).toBe('bounce');
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]?.address).toBeUndefined();
  });

  it('reads an Exim bounce with Auto-Submitted: auto-replied as a bounce', async () => {
    const report = await analyzeBounce(eml(
      ['From: Mail Delivery System <Mailer-Daemon@mx.example.net>', 'To: sender@example.com', 'Subject: Mail delivery failed: returning message to sender', 'Auto-Submitted: auto-replied'],
      'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  taro@example.org\n    host mx.example.org [192.0.2.1]\n    SMTP error from remote mail server after RCPT TO:<taro@example.org>:\n    550 5.1.1 User unknown\n',
    ));
    expect(report.kind).toBe('bounce');
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', status: '5.1.1' });
  });
});
