import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../../../src/lib/bounce/index.ts';
import { deliveryReport } from './build.ts';

const twoRecipients = deliveryReport({
  text: 'This is the mail system at host mx.example.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n',
  status: [
    'Reporting-MTA: dns; mx.example.net',
    'Arrival-Date: Mon, 2 Nov 2026 10:00:00 +0900 (JST)',
    '',
    'Final-Recipient: rfc822; taro@example.org',
    'Original-Recipient: rfc822;taro@example.org',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; mx.example.org',
    'Diagnostic-Code: smtp; 550 5.1.1 <taro@example.org>: Recipient address rejected:',
    '    User unknown in virtual mailbox table',
    '',
    'Final-Recipient: rfc822; hanako@example.org',
    'Action: failed',
    'Status: 5.2.2',
    'Diagnostic-Code: smtp; 552 5.2.2 <hanako@example.org>: Mailbox full',
  ].join('\n'),
});

describe('RFC 3464 delivery status notifications', () => {
  it('reads every recipient of a report, in order, with the remote server\'s words', async () => {
    const report = await analyzeBounce(twoRecipients);
    expect(report.kind).toBe('bounce');
    expect(report.reportingMta).toBe('mx.example.net');
    expect(report.recipients).toHaveLength(2);
    expect(report.recipients[0]).toMatchObject({
      address: 'taro@example.org', status: '5.1.1', replyCode: '550', reason: 'userunknown', caseSlug: 'wrong-address',
    });
    expect(report.recipients[1]).toMatchObject({
      address: 'hanako@example.org', status: '5.2.2', replyCode: '552', reason: 'mailboxfull', caseSlug: 'mailbox-full',
    });
  });

  it('joins a folded Diagnostic-Code into one line', async () => {
    const [first] = (await analyzeBounce(twoRecipients)).recipients;
    expect(first?.diagnostic).toBe('550 5.1.1 <taro@example.org>: Recipient address rejected: User unknown in virtual mailbox table');
  });

  it('gives the same answer for LF and CRLF line ends', async () => {
    const lf = await analyzeBounce(twoRecipients.replace(/\r\n/g, '\n'));
    expect(lf).toEqual(await analyzeBounce(twoRecipients));
  });

  it('reads a delivery-status block pasted on its own, without any MIME headers', async () => {
    const report = await analyzeBounce('Final-Recipient: rfc822; taro@example.org\nAction: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=example.org type=A: Host not found\n');
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', status: '5.4.4', reason: 'hostunknown', caseSlug: 'domain-not-found' });
  });

  it('prefers the remote server\'s code inside a relay\'s wrapper', async () => {
    const report = await analyzeBounce(deliveryReport({
      text: 'An error occurred while trying to deliver the mail to the following recipients:\ntaro@example.org\n',
      status: 'Reporting-MTA: dsn; a1.smtp-out.example.com\n\nFinal-Recipient: rfc822; taro@example.org\nAction: failed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>\n',
    }));
    expect(report.recipients[0]).toMatchObject({ status: '4.4.2', replyCode: '421', reason: 'expired', caseSlug: 'delivery-delayed-expired' });
  });

  it('reads a report that someone forwarded with every line quoted', async () => {
    const quoted = [
      'Begin forwarded message:', '',
      '> From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>',
      '> Subject: Returned mail: see transcript for details', '>',
      '> Final-Recipient: RFC822; taro@example.org',
      '> Action: failed',
      '> Status: 5.1.1',
      '> Diagnostic-Code: SMTP; 550 5.1.1 <taro@example.org>... User unknown',
    ].join('\n');
    const report = await analyzeBounce(`From: me@example.com\nTo: it@example.com\nSubject: Fwd: Returned mail\n\n${quoted}\n`);
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', reason: 'userunknown' });
  });
});

describe('delay and delivery reports', () => {
  it('calls a report with only "Action: delayed" recipients a delay', async () => {
    const report = await analyzeBounce(deliveryReport({
      subject: 'Delivery Status Notification (Delay)',
      text: 'THIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n',
      status: 'Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; taro@example.org\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.1]:25: Connection timed out\nWill-Retry-Until: Thu, 5 Nov 2026 10:00:00 +0900\n',
    }));
    expect(report.kind).toBe('delay');
    expect(report.recipients[0]).toMatchObject({ status: '4.4.1', reason: 'expired', caseSlug: 'delivery-delayed-expired' });
  });

  it('calls a report whose recipients were delivered or relayed "delivered"', async () => {
    const report = await analyzeBounce(deliveryReport({
      subject: 'Successful Mail Delivery Report',
      text: 'Enclosed is the mail delivery report that you requested.\n',
      status: 'Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; taro@example.org\nAction: delivered\nStatus: 2.0.0\n\nFinal-Recipient: rfc822; jiro@example.org\nAction: relayed\nStatus: 2.0.0\n',
    }));
    expect(report.kind).toBe('delivered');
    expect(report.recipients.map((r) => r.reason)).toEqual(['delivered', 'delivered']);
    expect(report.recipients[0]?.caseSlug).toBe('auto-reply-not-bounce');
  });

  it('calls a report with one failed and one delayed recipient a bounce', async () => {
    const report = await analyzeBounce(deliveryReport({
      text: 'Delivery failed for some recipients.\n',
      status: 'Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@example.org\nAction: delayed\nStatus: 4.4.1\n\nFinal-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.1.1\n',
    }));
    expect(report.kind).toBe('bounce');
  });
});
