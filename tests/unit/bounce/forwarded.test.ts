/** Bounces that a reader forwarded inline, and that IT then pasted into the analyser. */
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../../../src/lib/bounce/index.ts';
import { eml } from './build.ts';

const postfixText = [
  'This is the mail system at host mx.example.net.',
  '',
  "I'm sorry to have to inform you that your message could not",
  'be delivered to one or more recipients. It\'s attached below.',
  '',
  '                   The mail system',
  '',
  '<taro@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1',
  '    <taro@example.org>: Recipient address rejected: User unknown in virtual',
  '    mailbox table (in reply to RCPT TO command)',
].join('\n');

const note = 'Hi IT, my mail to Taro came back. Can you tell me why? Thanks, Hanako';

function expectTaro(report: Awaited<ReturnType<typeof analyzeBounce>>): void {
  expect(report.kind).toBe('bounce');
  expect(report.recipients).toHaveLength(1);
  expect(report.recipients[0]).toMatchObject({ address: 'taro@example.org', status: '5.1.1', replyCode: '550', reason: 'userunknown' });
}

describe('forwarded bounces', () => {
  it('Gmail: "---------- Forwarded message ---------" and the bounce\'s header block', async () => {
    expectTaro(await analyzeBounce([note, '', '---------- Forwarded message ---------', 'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>', 'Date: Mon, 30 Nov 2026 at 10:00', 'Subject: Undelivered Mail Returned to Sender', 'To: <hanako@example.com>', '', postfixText].join('\n')));
  });

  it('Thunderbird in Japanese: "-------- 転送メッセージ --------", the header block as a table', async () => {
    expectTaro(await analyzeBounce(['お世話になっております。下記のエラーが返ってきました。', '', '-------- 転送メッセージ --------', '件名: Undelivered Mail Returned to Sender', '日付: Mon, 30 Nov 2026 10:00:00 +0900 (JST)', '差出人: MAILER-DAEMON@mx.example.net (Mail Delivery System)', '宛先: hanako@example.com', '', postfixText].join('\n')));
  });

  it('Apple Mail: "Begin forwarded message:"', async () => {
    expectTaro(await analyzeBounce([note, '', 'Begin forwarded message:', '', 'From: MAILER-DAEMON@mx.example.net', 'Subject: Undelivered Mail Returned to Sender', 'Date: 30 November 2026 at 10:00:00 GMT+9', 'To: hanako@example.com', '', postfixText].join('\n')));
  });

  it('Outlook: only a "From: … Sent: … To: … Subject:" block after a line of underscores, in a forwarding e-mail', async () => {
    const body = [note, '', '________________________________', 'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>', 'Sent: Monday, November 30, 2026 10:00 AM', 'To: Hanako <hanako@example.com>', 'Subject: Undelivered Mail Returned to Sender', '', postfixText].join('\n');
    expectTaro(await analyzeBounce(eml(['From: Hanako <hanako@example.com>', 'To: it@example.com', 'Subject: FW: Undelivered Mail Returned to Sender', 'Content-Type: text/plain; charset=utf-8'], body)));
  });

  it('Japanese Outlook: "差出人: … 送信日時: … 宛先: … 件名:" without any marker line', async () => {
    expectTaro(await analyzeBounce([note, '', '差出人: Mail Delivery System <MAILER-DAEMON@mx.example.net>', '送信日時: 2026年11月30日 10:00', '宛先: hanako@example.com', '件名: Undelivered Mail Returned to Sender', '', postfixText].join('\n')));
  });

  it('a forward whose bounce is quoted with "> " under the reader\'s note', async () => {
    const quoted = ['From: MAILER-DAEMON@mx.example.net', 'Subject: Undelivered Mail Returned to Sender', '', postfixText].map((l) => l.split('\n').map((x) => `> ${x}`).join('\n')).join('\n');
    expectTaro(await analyzeBounce([note, '', '-------- Original Message --------', quoted].join('\n')));
  });

  it('does not take the addresses of the reader\'s note or of the forward header for failed recipients', async () => {
    const report = await analyzeBounce([
      'My mail to jiro@example.net could not be delivered either, and this one failed too:', '',
      '---------- Forwarded message ---------', 'From: postmaster@mx.example.net', 'Date: Mon, 30 Nov 2026 at 10:00', 'Subject: Delivery failure', 'To: <hanako@example.com>', '',
      'There was an error delivering your mail to <taro@example.org>.', 'mx.example.org [192.0.2.1] did not like our RCPT TO:', '550 5.1.1 <taro@example.org>: Recipient address rejected: User unknown',
    ].join('\n'));
    expect(report.recipients.map((r) => r.address)).toEqual(['taro@example.org']);
  });

  it('still cuts off the returned message that a server introduces with "Original message"', async () => {
    const report = await analyzeBounce([postfixText, '', '------ Original message ------', 'From: hanako@example.com', 'To: jiro@example.net', 'Subject: Hello', '', 'Jiro, see you at <jiro-office@example.net>, error 550 aside.'].join('\n'));
    expect(report.recipients.map((r) => r.address)).toEqual(['taro@example.org']);
  });
});
