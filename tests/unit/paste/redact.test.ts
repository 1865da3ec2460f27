import { describe, expect, it } from 'vitest';
import { feedbackText, redact } from '../../../src/lib/paste/redact.ts';
import { readPaste } from '../../../src/lib/paste/read.ts';

describe('what the analyser would send as feedback', () => {
  it('replaces addresses, host names and IP addresses, and keeps codes and words', () => {
    expect(redact('550 5.7.1 <taro.yamada@corp.example.co.jp>: host mx1.corp.example.co.jp[203.0.113.9] said: blocked using zen.spamhaus.org; see 2001:db8::25'))
      .toBe('550 5.7.1 <<address>>: host <host>[<ip>] said: blocked using <host>; see <ip>');
  });

  it('keeps nothing of a pasted bounce that names a person or a server', async () => {
    const bounce = [
      'From: MAILER-DAEMON@mail.sender.example', 'Subject: Undelivered Mail Returned to Sender', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '',
      '--b', 'Content-Type: text/plain', '', 'This is the mail system at host mail.sender.example.', '',
      '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mail.sender.example', '',
      'Final-Recipient: rfc822; hanako@client.example.jp', 'Action: failed', 'Status: 5.2.2',
      'Remote-MTA: dns; mx.client.example.jp', 'Diagnostic-Code: smtp; 552 5.2.2 <hanako@client.example.jp>: Mailbox full (mx.client.example.jp 198.51.100.7)', '',
      '--b--', '',
    ].join('\r\n');
    const text = feedbackText(await readPaste(bounce, 'en'));
    expect(text).toContain('status: 5.2.2');
    expect(text).toContain('reason: mailboxfull → mailbox-full');
    for (const secret of ['hanako', 'client.example.jp', 'sender.example', '198.51.100.7']) expect(text).not.toContain(secret);
  });
});
