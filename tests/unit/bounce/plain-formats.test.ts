/** Servers that write their own plain-text reports instead of (or besides) RFC 3464. */
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../../../src/lib/bounce/index.ts';
import { eml } from './build.ts';

const bounceHeaders = (from: string, subject: string): string[] => [
  `From: ${from}`, 'To: sender@example.com', `Subject: ${subject}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=us-ascii',
];

describe('qmail', () => {
  const qmail = eml(bounceHeaders('MAILER-DAEMON@mx.example.com', 'failure notice'), [
    'Hi. This is the qmail-send program at mx.example.com.',
    "I'm afraid I wasn't able to deliver your message to the following addresses.",
    "This is a permanent error; I've given up. Sorry it didn't work out.",
    '',
    '<taro@example.org>:',
    '192.0.2.25 does not like recipient.',
    'Remote host said: 550 5.1.1 <taro@example.org>: Recipient address rejected: User unknown',
    'Giving up on 192.0.2.25.',
    '',
    '<hanako@example.org>:',
    '192.0.2.25 failed after I sent the message.',
    'Remote host said: 552 5.3.4 Message size exceeds fixed limit',
    '',
    '--- Below this line is a copy of the message.',
    '',
    'From: sender@example.com',
    'To: taro@example.org, hanako@example.org, jiro@example.org',
  ].join('\n'));

  it('reads each "<address>:" block and keeps only the remote server\'s words', async () => {
    const report = await analyzeBounce(qmail);
    expect(report.recipients).toHaveLength(2);
    expect(report.recipients[0]).toMatchObject({
      address: 'taro@example.org', status: '5.1.1', replyCode: '550', reason: 'userunknown',
      diagnostic: '550 5.1.1 <taro@example.org>: Recipient address rejected: User unknown',
    });
    expect(report.recipients[1]).toMatchObject({ address: 'hanako@example.org', reason: 'emailtoolarge', caseSlug: 'message-too-large' });
  });

  it('ignores the addresses of the returned message below the cut line', async () => {
    const report = await analyzeBounce(qmail);
    expect(report.recipients.map((r) => r.address)).not.toContain('jiro@example.org');
  });
});

describe('Sendmail', () => {
  const sendmail = eml(bounceHeaders('Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>', 'Returned mail: see transcript for details'), [
    'The original message was received at Tue, 3 Nov 2026 10:00:00 +0900',
    'from client.example.jp [192.0.2.10]',
    '',
    '   ----- The following addresses had permanent fatal errors -----',
    '<taro@example.org>',
    '    (reason: 550 5.7.1 Service unavailable; client [192.0.2.10] blocked using zen.spamhaus.org)',
    '',
    '   ----- Transcript of session follows -----',
    '... while talking to mx.example.org.:',
    '>>> RCPT To:<taro@example.org>',
    '<<< 550 5.7.1 Service unavailable; client [192.0.2.10] blocked using zen.spamhaus.org',
    '550 5.1.1 <taro@example.org>... User unknown',
    '>>> DATA',
    '<<< 503 5.5.1 Error: need RCPT command',
  ].join('\n'));

  it('takes the remote server\'s reply from the transcript, not the consequences after it', async () => {
    const [r] = (await analyzeBounce(sendmail)).recipients;
    expect(r).toMatchObject({ address: 'taro@example.org', status: '5.7.1', replyCode: '550', reason: 'blocked', caseSlug: 'blocklisted-ip' });
    expect(r?.diagnostic).toContain('blocked using zen.spamhaus.org');
  });

  it('without a list, names the recipients in the transcript\'s order, each with its own line, and never the sender', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('MAILER-DAEMON@mx.example.jp', 'Returned mail: User unknown'), [
      '   ----- Transcript of session follows -----',
      'While talking to mx.example.net:',
      '>>> MAIL From:<sender@example.com>',
      '<<< 501 <sender@example.com>... no access from mail server [192.0.2.10]',
      '554 <taro@example.net>... Remote protocol error',
      '550 example.org (smtp)... 550 Host unknown',
      '554 <hanako@example.org>... 550 Host unknown (Authoritative answer from name server)',
      'While talking to mx.example.co.jp:',
      '>>> RCPT To:<jiro@example.co.jp>',
      '<<< 550 <jiro@example.co.jp>... User unknown',
      '550 <jiro@example.co.jp>... User unknown',
      '',
      '   ----- Unsent message follows -----',
      'From: sender@example.com',
    ].join('\n')));
    expect(report.recipients.map((r) => r.address)).toEqual(['taro@example.net', 'hanako@example.org', 'jiro@example.co.jp']);
    expect(report.recipients[0]).toMatchObject({ replyCode: '501', reason: 'blocked' });
    expect(report.recipients[1]).toMatchObject({ reason: 'hostunknown' });
    expect(report.recipients[1]?.diagnostic).toContain('Host unknown (Authoritative answer from name server)');
    expect(report.recipients[2]).toMatchObject({ replyCode: '550', reason: 'userunknown' });
  });

  it('reads a reply before any command of a session as the greeting: refused at connection', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('MAILER-DAEMON@mx.example.jp', 'Returned mail: see transcript for details'), [
      '   ----- The following addresses had permanent fatal errors -----',
      '<taro@example.org>',
      '    (reason: 554 IP=192.0.2.10 - A problem occurred.)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '<<< 554 IP=192.0.2.10 - A problem occurred.',
      '554 5.0.0 Service unavailable',
    ].join('\n')));
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', replyCode: '554', reason: 'blocked' });
    expect(report.recipients[0]?.decidedBy[0]).toMatchObject({ kind: 'stage', detail: 'connect' });
  });

  it('joins a multi-line reply ("552-…" lines) into one diagnostic', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('MAILER-DAEMON@mx.example.jp', 'Returned mail: see transcript for details'), [
      '   ----- The following addresses had permanent fatal errors -----',
      '<taro@example.com>',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to gmail-smtp-in.l.google.com.:',
      '>>> DATA',
      '<<< 552-5.7.0 This message was blocked because its content presents a potential',
      '<<< 552-5.7.0 security issue. Please visit',
      '<<< 552 5.7.0 https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines.',
      '554 5.0.0 Service unavailable',
    ].join('\n')));
    expect(report.recipients[0]).toMatchObject({ status: '5.7.0', reason: 'policyviolation', caseSlug: 'attachment-blocked' });
    expect(report.recipients[0]?.diagnostic).toContain('security issue');
  });
});

describe('Exim', () => {
  it('reads the indented address list and the SMTP stage it failed at', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('Mail Delivery System <Mailer-Daemon@mail.example.com>', 'Mail delivery failed: returning message to sender'), [
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  taro@example.org',
      '    host mx.example.org [192.0.2.20]',
      '    SMTP error from remote mail server after MAIL FROM:<sender@example.com> SIZE=1234:',
      '    550 5.7.1 Access denied',
      '  hanako@example.org',
      '    host mx.example.org [192.0.2.20]',
      '    SMTP error from remote mail server after RCPT TO:<hanako@example.org>:',
      '    550 5.1.1 <hanako@example.org>: Recipient address rejected: User unknown',
      '',
      '------ This is a copy of the message, including all the headers. ------',
      'To: taro@example.org',
    ].join('\n')));
    expect(report.recipients).toHaveLength(2);
    // Refused at MAIL FROM: it is the sender that was refused, whatever the words.
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', reason: 'rejected', caseSlug: 'sender-address-rejected' });
    expect(report.recipients[1]).toMatchObject({ address: 'hanako@example.org', reason: 'userunknown', status: '5.1.1' });
  });

  it('reads a delay warning, and names greylisting', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('Mail Delivery System <Mailer-Daemon@mail.example.com>', 'Warning: message 1abc-000 delayed 24 hours'), [
      'This message was created automatically by mail delivery software.',
      'A message that you sent has not yet been delivered to one or more of its',
      'recipients after more than 24 hours on the queue on mail.example.com.',
      '',
      'The address to which the message has not yet been delivered is:',
      '',
      '  taro@example.org',
      '    host mx.example.org [192.0.2.20]',
      '    Delay reason: SMTP error from remote mail server after RCPT TO:<taro@example.org>:',
      '    451 4.7.1 Greylisting in action, please come back later',
      '',
      'No action is required on your part. Delivery attempts will continue for',
      'some time, and this warning may be repeated at intervals if the message',
      'remains undelivered. Eventually the mail delivery software will give up,',
    ].join('\n')));
    expect(report.kind).toBe('delay');
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', status: '4.7.1', caseSlug: 'greylisting' });
  });
});

describe('Postfix text without a delivery-status part', () => {
  it('reads "<address>: host … said: …" and the command in parentheses', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('MAILER-DAEMON@mx.example.net (Mail Delivery System)', 'Undelivered Mail Returned to Sender'), [
      'This is the mail system at host mx.example.net.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<taro@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1',
      '    <sender@example.com>: Sender address rejected: Access denied (in reply to',
      '    RCPT TO command)',
    ].join('\n')));
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', status: '5.7.1', reason: 'rejected' });
  });
});

describe('Microsoft Exchange and Office 365', () => {
  it('reads "Remote Server returned" under the recipient, in any language of the text', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('postmaster@example.onmicrosoft.com', 'Non remis : Réunion'), [
      "La remise n'a pas abouti pour ces destinataires ou groupes :",
      '',
      'taro@example.org<mailto:taro@example.org>',
      "L'adresse de messagerie que vous avez entrée est introuvable.",
      '',
      'Informations de diagnostic pour les administrateurs :',
      '',
      'Serveur de génération : AM0PR01MB1234.eurprd01.prod.outlook.com',
      '',
      'taro@example.org',
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
      '',
      'En-têtes de message d\'origine :',
    ].join('\n')));
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', status: '5.1.10', reason: 'userunknown', caseSlug: 'wrong-address' });
  });

  it('reads the "#550 5.2.2 STOREDRV" line of Exchange 2007 and later', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('postmaster@example.edu', 'Undeliverable: Minutes'), [
      'Delivery has failed to these recipients or groups:',
      '',
      'taro@example.edu',
      "The recipient's mailbox is full and can't accept messages now.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: mbx.example.edu',
      'taro@example.edu',
      '#550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded" ##',
    ].join('\n')));
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.edu', status: '5.2.2', reason: 'mailboxfull' });
  });

  it('reads Exchange 2003 "did not reach the following recipient(s)"', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('postmaster@example.net', 'Undeliverable: Hello'), [
      'Your message',
      '',
      '  To:      taro@example.org',
      '  Subject: Hello',
      '',
      'did not reach the following recipient(s):',
      '',
      'taro@example.org on Tue, 3 Nov 2026 10:00:00 +0900',
      '    The recipient name is not recognized',
      '    The MTS-ID of the original message is: c=JP;a= ;p=example',
      '    MSEXCH:IMS:Example:Site:SERVER 0 (000C05A6) Unknown Recipient',
    ].join('\n')));
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', reason: 'userunknown' });
  });
});

describe('Gmail and Yahoo', () => {
  it('takes the recipient from X-Failed-Recipients when the text names none', async () => {
    const report = await analyzeBounce(eml([
      ...bounceHeaders('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)'),
      'X-Failed-Recipients: hanako@example.org',
    ], [
      '** Message not delivered **',
      '',
      "You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date.",
      '',
      'The response was:',
      'Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability',
    ].join('\n')));
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]).toMatchObject({ address: 'hanako@example.org', reason: 'rejected' });
  });

  it('reads Gmail\'s older notice and the error the other server returned', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)'), [
      'Delivery to the following recipient failed permanently:',
      '',
      '     taro@example.org',
      '',
      'Technical details of permanent failure:',
      'Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.1].',
      '',
      'The error that the other server returned was:',
      '550 5.7.1 Message rejected due to local policy',
      '',
      '----- Original message -----',
    ].join('\n')));
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', status: '5.7.1', reason: 'policyviolation', caseSlug: 'recipient-policy-restriction' });
  });

  it('reads Yahoo\'s "Sorry, we were unable to deliver" with its [RCPT_TO] tag', async () => {
    const report = await analyzeBounce(eml(bounceHeaders('MAILER-DAEMON@yahoo.com', 'Failure Notice'), [
      'Sorry, we were unable to deliver your message to the following address.',
      '',
      '<taro@example.org>:',
      'Remote host said: 550 5.7.1 <taro@example.org>... User unknown [RCPT_TO]',
      '',
      '--- Below this line is a copy of the message.',
    ].join('\n')));
    // "User unknown" with a 5.7.1 code is normally a filter, but at RCPT TO it is the user.
    expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', reason: 'userunknown' });
  });
});
