/** Messages that look like replies from a mail system but are not failures. */
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../../../src/lib/bounce/index.ts';
import { eml } from './build.ts';

describe('RFC 3834 automatic replies', () => {
  it('recognises Auto-Submitted: auto-replied as an auto-reply, not a bounce', async () => {
    const report = await analyzeBounce(eml([
      'From: Hanako Yamada <hanako@example.org>',
      'To: sender@example.com',
      'Subject: Re: Meeting',
      'Auto-Submitted: auto-replied',
      'Content-Type: text/plain; charset=utf-8',
    ], 'I am away until Monday and will reply when I am back.'));
    expect(report).toEqual({
      kind: 'auto-reply',
      recipients: [{ address: 'hanako@example.org', reason: 'vacation', caseSlug: 'auto-reply-not-bounce', decidedBy: [expect.objectContaining({ kind: 'status', detail: 'auto-reply' })] }],
    });
  });

  it('recognises a typical out-of-office subject and X-Autoreply', async () => {
    const bySubject = await analyzeBounce(eml(['From: a@example.org', 'To: b@example.com', 'Subject: Automatic reply: Invoice'], 'Out of office.'));
    const byHeader = await analyzeBounce(eml(['From: a@example.org', 'To: b@example.com', 'Subject: Invoice', 'X-Autoreply: yes'], 'Thanks, I got it.'));
    expect(bySubject.kind).toBe('auto-reply');
    expect(byHeader.kind).toBe('auto-reply');
  });

  it('still reads a bounce that carries Auto-Submitted: auto-replied as a bounce', async () => {
    const report = await analyzeBounce(eml([
      'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
      'To: sender@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Auto-Submitted: auto-replied',
    ], "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<taro@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n"));
    expect(report.kind).toBe('bounce');
  });
});

describe('RFC 5965 feedback reports', () => {
  it('reads an ARF abuse report as feedback for the spam-complaint case', async () => {
    const boundary = 'arf-b';
    const report = await analyzeBounce(eml([
      'From: feedbackloop@fbl.example.net',
      'To: fbl@example.com',
      'Subject: Abuse report',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=feedback-report; boundary="${boundary}"`,
    ], [
      `--${boundary}`, 'Content-Type: text/plain', '', 'This is an email abuse report for an email message received from IP 192.0.2.1.',
      `--${boundary}`, 'Content-Type: message/feedback-report', '',
      'Feedback-Type: abuse', 'User-Agent: ExampleFBL/1.0', 'Version: 1', 'Original-Rcpt-To: reader@example.net', 'Source-IP: 192.0.2.1',
      `--${boundary}`, 'Content-Type: message/rfc822', '', 'From: news@example.com', 'To: reader@example.net', 'Subject: Sale', '', 'Buy now',
      `--${boundary}--`,
    ].join('\n')));
    expect(report).toEqual({
      kind: 'feedback',
      recipients: [{ address: 'reader@example.net', reason: 'feedback', caseSlug: 'spam-complaint-report', decidedBy: [expect.objectContaining({ kind: 'status', detail: 'feedback-report' })] }],
    });
  });
});

describe('ordinary mail', () => {
  it('says not-a-bounce for a plain message, even one mentioning errors', async () => {
    const report = await analyzeBounce(eml(
      ['From: Taro <taro@example.com>', 'To: hanako@example.org', 'Subject: Lunch?', 'Content-Type: text/plain; charset=utf-8'],
      'Shall we have lunch on Friday? My old address taro@old.example.com gives "user unknown" now.',
    ));
    expect(report).toEqual({ kind: 'not-a-bounce', recipients: [] });
  });

  const withAttachment = (attached: string[]): string => eml(
    ['From: a@example.com', 'To: b@example.org', 'Subject: see attached', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="mix"'],
    [
      '--mix', 'Content-Type: text/plain', '', 'Here is the message you asked about.',
      '--mix', 'Content-Type: message/rfc822', 'Content-Disposition: attachment; filename=original.eml', '', ...attached,
      '--mix--',
    ].join('\n'),
  );

  it('does not read an ordinary attached message as a failure', async () => {
    const report = await analyzeBounce(withAttachment(['From: c@example.net', 'Subject: Minutes', '', 'The minutes are attached.']));
    expect(report.kind).toBe('not-a-bounce');
  });

  it('reads a bounce that someone forwarded as an attachment', async () => {
    const report = await analyzeBounce(withAttachment([
      'From: MAILER-DAEMON@mx.example.net', 'Subject: Undelivered Mail Returned to Sender', '',
      "I'm sorry to have to inform you that your message could not be delivered.", '',
      '<c@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
    ]));
    expect(report.recipients[0]).toMatchObject({ address: 'c@example.net', reason: 'userunknown' });
  });

  it('answers for empty and meaningless input without throwing', async () => {
    for (const input of ['', '   \n\n', 'hello', '\u0000\u0001\u0002binary\uffff', 'Subject: only a header']) {
      const report = await analyzeBounce(input);
      expect(report.kind).toBe('not-a-bounce');
    }
  });
});

describe('fragments pasted by a reader', () => {
  it('reads a single pasted error line', async () => {
    const report = await analyzeBounce('550-5.1.1 <ab@example.com>: Recipient address rejected: User unknown in virtual mailbox table');
    expect(report.kind).toBe('bounce');
    expect(report.recipients[0]).toMatchObject({ address: 'ab@example.com', status: '5.1.1', replyCode: '550', reason: 'userunknown' });
  });

  it('reads a pasted error line without any address', async () => {
    const report = await analyzeBounce('552-5.2.2 The email account that you tried to reach is over quota');
    expect(report.recipients[0]).toMatchObject({ status: '5.2.2', reason: 'mailboxfull', caseSlug: 'mailbox-full' });
  });
});
