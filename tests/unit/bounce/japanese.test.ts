/**
 * Japanese providers and mobile carriers: ISO-2022-JP (7-bit or base64), Shift_JIS in
 * quoted-printable, and the carriers' habit of answering "User unknown" for filtered mail.
 */
import { describe, expect, it } from 'vitest';
import { analyzeBounce } from '../../../src/lib/bounce/index.ts';
import { eml } from './build.ts';

// ISO-2022-JP, base64: 次の宛先へのメールは配信できませんでした。/ メールボックスがいっぱいのため、
// 受信者が受け取れません。/ 宛先: <yamada@example.ne.jp>
const MAILBOX_FULL_ISO2022JP_B64 = [
  'GyRCPCEkTjA4QGgkWCROJWEhPCVrJE9HWz8uJEckLSReJDskcyRHJDckPyEjGyhCChskQiVhITwl',
  'ayVcJUMlLyU5JCwkJCRDJFEkJCROJD8kYSEiPHU/LjxUJCw8dSQxPGgkbCReJDskcyEjGyhCCgob',
  'JEIwOEBoGyhCOiA8eWFtYWRhQGV4YW1wbGUubmUuanA+Cg==',
].join('\n');

// Shift_JIS, quoted-printable: このメールは送信できませんでした。/
// <suzuki@example.co.jp>: このメールアドレスは存在しません。
const NO_SUCH_ADDRESS_SJIS_QP = [
  '=82=B1=82=CC=83=81=81[=83=8B=82=CD=91=97=90M=82=C5=82=AB=82=DC=82=B9=82=F1=',
  '=82=C5=82=B5=82=BD=81B',
  '',
  '<suzuki@example.co.jp>: =82=B1=82=CC=83=81=81[=83=8B=83A=83h=83=8C=83X=82=',
  '=CD=91=B6=8D=DD=82=B5=82=DC=82=B9=82=F1=81B',
].join('\n');

// ISO-2022-JP in 7 bits: 次のあて先へのメッセージはエラーのため送信できませんでした。
const AU_NOTICE_JIS = '\x1b$B<!$N$"$F@h$X$N%a%C%;!<%8$O%(%i!<$N$?$aAw?.$G$-$^$;$s$G$7$?!#\x1b(B';

describe('Japanese charsets and transfer encodings', () => {
  it('decodes an ISO-2022-JP, base64 report and reads its Japanese reason', async () => {
    const report = await analyzeBounce(eml([
      'From: MAILER-DAEMON@mail.example.ne.jp',
      'To: sender@example.com',
      'Subject: =?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=ISO-2022-JP',
      'Content-Transfer-Encoding: base64',
    ], MAILBOX_FULL_ISO2022JP_B64));
    expect(report.kind).toBe('bounce');
    expect(report.recipients[0]).toMatchObject({ address: 'yamada@example.ne.jp', reason: 'mailboxfull', caseSlug: 'mailbox-full' });
    expect(report.recipients[0]?.diagnostic).toContain('メールボックスがいっぱい');
  });

  it('decodes a Shift_JIS, quoted-printable report', async () => {
    const report = await analyzeBounce(eml([
      'From: postmaster@example.co.jp',
      'To: sender@example.com',
      'Subject: Returned mail',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=Shift_JIS',
      'Content-Transfer-Encoding: quoted-printable',
    ], NO_SUCH_ADDRESS_SJIS_QP));
    expect(report.recipients[0]).toMatchObject({ address: 'suzuki@example.co.jp', reason: 'userunknown', caseSlug: 'wrong-address' });
  });
});

describe('Japanese mobile carriers', () => {
  const au = (reply: string): string => eml([
    'From: Postmaster@ezweb.ne.jp',
    'To: sender@example.com',
    'Subject: Mail System Error - Returned Mail',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="ISO-2022-JP"',
    'Content-Transfer-Encoding: 7bit',
  ], [
    AU_NOTICE_JIS,
    '',
    'Each of the following recipients was rejected by a remote',
    'mail server.',
    '',
    '    Recipient: <hanako@ezweb.ne.jp>',
    '    >>> RCPT TO:<hanako@ezweb.ne.jp>',
    `    <<< ${reply}`,
  ].join('\n'));

  it('reads "User unknown" at a carrier as its reception filter first, a wrong address second', async () => {
    const [r] = (await analyzeBounce(au('550 <hanako@ezweb.ne.jp>: User unknown'))).recipients;
    expect(r).toMatchObject({ address: 'hanako@ezweb.ne.jp', reason: 'userunknown', caseSlug: 'mobile-carrier-filter' });
    expect(r?.otherCases?.[0]).toBe('wrong-address');
  });

  it('reads au\'s "550 : User unknown" (no address) as its filter', async () => {
    const [r] = (await analyzeBounce(au('550 : User unknown'))).recipients;
    expect(r).toMatchObject({ reason: 'filtered', caseSlug: 'mobile-carrier-filter' });
  });

  it('reads docomo\'s "550 Unknown user" through another server\'s DSN', async () => {
    const [r] = (await analyzeBounce(
      'Final-Recipient: rfc822; hanako@docomo.ne.jp\nAction: failed\nStatus: 5.0.0\nRemote-MTA: dns; mfsmax.docomo.ne.jp\nDiagnostic-Code: smtp; 550 Unknown user hanako@docomo.ne.jp\n',
    )).recipients;
    expect(r).toMatchObject({ reason: 'userunknown', caseSlug: 'mobile-carrier-filter', otherCases: ['wrong-address'] });
  });

  it('reads au\'s notice marked "X-SPASIGN: NG" as its reception filter, and says the header decided', async () => {
    const notice = eml([
      'From: <Postmaster@ezweb.ne.jp>',
      'To: <sender@example.com>',
      'Subject: Mail System Error - Returned Mail',
      'Content-Type: text/plain; charset=iso-2022-jp',
      'X-SPASIGN: NG',
    ], [
      '<hanako@ezweb.ne.jp>',
      '',
      'Each of the following recipients was rejected by a remote mail server.',
      '---------------------------------------------------',
      'Received: from mx.example.com (host [192.0.2.25])',
      '        by mx.ezweb.ne.jp (EZweb Mail) with SMTP id 1A2B3C',
      '        for <hanako@ezweb.ne.jp>; Tue, 1 Dec 2026 10:00:00 +0900 (JST)',
      'From: sender@example.com',
      'To: hanako@ezweb.ne.jp',
      'Subject: Hello',
    ].join('\n'));
    const [r] = (await analyzeBounce(notice)).recipients;
    expect(r).toMatchObject({ address: 'hanako@ezweb.ne.jp', reason: 'filtered', caseSlug: 'mobile-carrier-filter' });
    expect(r?.decidedBy[0]).toMatchObject({ kind: 'provider', detail: 'report-header' });
    expect(r?.decidedBy[0]?.source).toContain('X-SPASIGN');
    const [unmarked] = (await analyzeBounce(notice.replace('X-SPASIGN: NG\r\n', ''))).recipients;
    expect(unmarked?.reason).toBe('onhold');
    // au answers "User unknown" when its filter refused: the header outweighs those words.
    const [worded] = (await analyzeBounce(notice.replace('<hanako@ezweb.ne.jp>\r\n', '<hanako@ezweb.ne.jp>: 550 User unknown\r\n'))).recipients;
    expect(worded).toMatchObject({ reason: 'filtered' });
  });

  it('reads au\'s own sentence above the relayed reply in its older notice', async () => {
    const notice = (sentence: string): string => eml([
      'From: <Postmaster@ezweb.ne.jp>', 'To: <sender@example.com>', 'Subject: Mail System Error - Returned Mail',
      'Content-Type: text/plain; charset=us-ascii',
    ], [sentence, '', '<hanako@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)', ''].join('\n'));
    const [disabled] = (await analyzeBounce(notice('The user(s) account is disabled.'))).recipients;
    expect(disabled).toMatchObject({ address: 'hanako@ezweb.ne.jp', reason: 'suspend' });
    const [limited] = (await analyzeBounce(notice('The user(s) account is temporarily limited.'))).recipients;
    expect(limited).toMatchObject({ reason: 'suspend' });
    expect(limited?.decidedBy[0]).toMatchObject({ kind: 'provider', detail: 'au (KDDI)' });
  });

  it('does not treat an ordinary Japanese ISP address as a carrier', async () => {
    const [r] = (await analyzeBounce('Final-Recipient: rfc822; taro@example.ne.jp\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n')).recipients;
    expect(r?.caseSlug).toBe('wrong-address');
  });
});
