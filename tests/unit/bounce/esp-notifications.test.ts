/** Sending services' JSON notifications, pasted, mailed by SNS, or forwarded by a colleague. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBounce, analyzeBounces } from '../../../src/lib/bounce/index.ts';
import { eml } from './build.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/bounces/esp/${name}`, import.meta.url), 'utf8');
const summary = (r: { address?: string; status?: string; reason: string }) => [r.address, r.status, r.reason];

describe('Amazon SES', () => {
  it('reads every bounced recipient of an SNS notification, with its status and diagnostic code', async () => {
    const report = await analyzeBounce(fixture('ses-sns-bounce.json'));
    expect(report.kind).toBe('bounce');
    expect(report.reportingMta).toBe('e226-1.smtp-out.ap-northeast-1.amazonses.com');
    expect(report.recipients.map(summary)).toEqual([['taro@example.org', '5.1.1', 'userunknown'], ['hanako@example.net', '5.2.2', 'mailboxfull']]);
    expect(report.recipients[0]?.diagnostic).toBe('550 5.1.1 <taro@example.org>: Recipient address rejected: User unknown in virtual mailbox table');
  });

  it('reads the notification that SNS sends by e-mail, whose long lines the mailer folded', async () => {
    const body = fixture('ses-sns-bounce.json').replace('virtual mailbox', 'virt\n ual mailbox');
    const mail = eml(['From: AWS Notifications <no-reply@sns.amazonaws.com>', 'To: ops@example.com', 'Subject: AWS Notification Message', 'Content-Type: text/plain; charset=UTF-8'], body);
    const report = await analyzeBounce(mail);
    expect(report.recipients.map((r) => r.address)).toEqual(['taro@example.org', 'hanako@example.net']);
    expect(report.recipients[0]?.diagnostic).toContain('User unknown in virtual mailbox table');
  });

  it('reads a complaint as feedback', async () => {
    const report = await analyzeBounce(fixture('ses-event-complaint.json'));
    expect(report).toMatchObject({ kind: 'feedback', recipients: [{ address: 'jiro@example.org', reason: 'feedback' }] });
  });

  it('reads an address SES refused to send to because of its suppression list', async () => {
    const [recipient] = (await analyzeBounce(fixture('ses-suppressed.json'))).recipients;
    expect(recipient).toMatchObject({ address: 'saburo@example.org', reason: 'suppressed' });
  });

  it('reads a notification forwarded with quotes and a note on top', async () => {
    const quoted = fixture('ses-sns-bounce.json').split('\n').map((l) => `> ${l}`).join('\n');
    const report = await analyzeBounce(`Hi, this came back from SES, can you check?\n\n---------- Forwarded message ---------\nFrom: AWS Notifications <no-reply@sns.amazonaws.com>\nSubject: AWS Notification Message\n\n${quoted}\n`);
    expect(report.recipients.map((r) => r.address)).toEqual(['taro@example.org', 'hanako@example.net']);
  });
});

describe('SendGrid, Mailgun, Postmark, SparkPost, Mandrill', () => {
  it('SendGrid: failures in one report, the spam report in another; delivered events are left out', async () => {
    const [failures, complaints] = await analyzeBounces(fixture('sendgrid-events.json'));
    expect(failures?.recipients.map((r) => [r.address, r.status])).toEqual([['taro@example.org', '5.1.1'], ['hanako@example.net', '4.7.0'], ['jiro@example.org', '5.0.0']]);
    expect(failures?.recipients[2]?.reason).toBe('suppressed');
    expect(complaints).toMatchObject({ kind: 'feedback', recipients: [{ address: 'saburo@example.org' }] });
  });

  it('Mailgun: the delivery-status code, enhanced code and message', async () => {
    const [recipient] = (await analyzeBounce(fixture('mailgun-failed.json'))).recipients;
    expect(recipient).toMatchObject({ address: 'taro@example.org', status: '5.1.1', replyCode: '550', reason: 'userunknown' });
    expect(recipient?.diagnostic).toMatch(/^550 5\.1\.1 The email account that you tried to reach does not exist/);
  });

  it('Postmark: the Details field is the server\'s reply', async () => {
    const [recipient] = (await analyzeBounce(fixture('postmark-bounce.json'))).recipients;
    expect(recipient).toMatchObject({ address: 'taro@example.org', status: '5.1.1', replyCode: '550', reason: 'userunknown' });
  });

  it('SparkPost: bounces and delays from message events, the complaint apart', async () => {
    const [failures, complaints] = await analyzeBounces(fixture('sparkpost-events.json'));
    expect(failures?.kind).toBe('bounce');
    expect(failures?.recipients.map((r) => [r.address, r.status])).toEqual([['taro@example.org', '5.1.1'], ['hanako@example.net', '4.7.1']]);
    expect(complaints?.recipients[0]?.address).toBe('jiro@example.org');
  });

  it('Mandrill: the diag field of hard and soft bounces', async () => {
    const report = await analyzeBounce(fixture('mandrill-events.json'));
    expect(report.recipients.map(summary)).toEqual([['taro@example.org', '5.1.1', 'userunknown'], ['hanako@example.net', '4.2.2', 'mailboxfull']]);
  });

  it('Mailjet: the server\'s words in "comment", the spam event apart', async () => {
    const [failures, complaints] = await analyzeBounces(fixture('mailjet-events.json'));
    expect(failures?.recipients[0]).toMatchObject({ address: 'taro@example.org', reason: 'hostunknown' });
    expect(complaints?.recipients[0]?.address).toBe('jiro@example.org');
  });

  it('Resend: a bounced address that was on the suppression list', async () => {
    const [recipient] = (await analyzeBounce(fixture('resend-bounced.json'))).recipients;
    expect(recipient).toMatchObject({ address: 'taro@example.org' });
    expect(recipient?.diagnostic).toContain('suppression list');
  });

  it('does not read JSON that is no sending service\'s notification', async () => {
    const report = await analyzeBounce('{"event":"bounce","email":"a@example.org","note":"made up"}');
    expect(report.kind).not.toBe('bounce');
  });
});
