/** Plain-text reports of servers with their own layout: who failed, the server's words, the SMTP stage, the remote host. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectFindings } from '../../../src/lib/bounce/findings.ts';
import { analyzeBounce } from '../../../src/lib/bounce/index.ts';
import { readMessage } from '../../../src/lib/bounce/message.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/bounces/plain/${name}`, import.meta.url), 'utf8');

async function findingsOf(text: string) {
  return collectFindings(await readMessage(new TextEncoder().encode(text))).findings;
}

describe('servers\' own plain-text layouts', () => {
  it('Courier: the recipient, the host that answered, the command and its reply', async () => {
    expect(await findingsOf(fixture('courier.txt'))).toEqual([{
      address: 'taro@example.org', action: 'failed', remoteMta: 'mx.example.org', command: 'RCPT',
      diagnostic: '550 5.1.1 <taro@example.org>: Recipient address rejected: User unknown in local recipient table',
    }]);
  });

  it('Domino: the address under "was not delivered to" and the reason under "because"', async () => {
    const [finding] = await findingsOf(fixture('domino.txt'));
    expect(finding).toMatchObject({ address: 'taro@example.org', diagnostic: 'User taro (taro@example.org) not listed in Domino Directory' });
  });

  it('Apache James: the listed recipient and what the remote server told it', async () => {
    const [recipient] = (await analyzeBounce(fixture('apache-james.txt'))).recipients;
    expect(recipient).toMatchObject({ address: 'taro@example.org', status: '5.2.2', replyCode: '552', reason: 'mailboxfull' });
  });

  it('IMail: the reason line per recipient, the generated response and the stage its wording names', async () => {
    const [finding] = await findingsOf(fixture('imail.txt'));
    expect(finding).toMatchObject({ address: 'taro@example.org', command: 'RCPT' });
    expect(finding?.diagnostic).toBe('Unknown user: Additional RCPT TO generated following response: 550 5.1.1 <taro@example.org>... User unknown');
  });

  it('m-FILTER: the failed address, the server message and the SMTP command it answered', async () => {
    expect(await findingsOf(fixture('mfilter.txt'))).toEqual([{
      address: 'taro@example.org', action: 'failed', command: 'DATA', diagnostic: '550 5.7.1 <taro@example.org>: Message rejected by content filter',
    }]);
  });

  it('Exchange Online: the recipient above "Remote server returned" and its words', async () => {
    const [recipient] = (await analyzeBounce(fixture('exchange-o365.txt'))).recipients;
    expect(recipient).toMatchObject({ address: 'taro@example.org', status: '5.1.10', replyCode: '550' });
  });

  it('au by KDDI: the address after "Could not be delivered to" and the indented reason', async () => {
    const [recipient] = (await analyzeBounce(fixture('kddi.txt'))).recipients;
    expect(recipient).toMatchObject({ address: 'taro@ezweb.ne.jp', diagnostic: 'As their mailbox is full.', reason: 'mailboxfull' });
  });

  it('Verizon\'s gateway: the Error line and the RCPT TO of the message details', async () => {
    const [finding] = await findingsOf(fixture('verizon.txt'));
    expect(finding).toMatchObject({ address: '5551234567@vtext.com', diagnostic: 'No valid recipients for this MM' });
  });

  it('"Recipient:" and "Reason:" lines, read once though a Japanese copy repeats them', async () => {
    expect(await findingsOf(fixture('recipient-reason.txt'))).toEqual([
      { address: 'taro@example.ne.jp', action: 'failed', diagnostic: '<taro@example.ne.jp>... User unknown' },
    ]);
  });

  it('Postfix and qmail: the remote host that answered', async () => {
    const [postfix] = await findingsOf('<taro@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n');
    expect(postfix).toMatchObject({ remoteMta: 'mx.example.org', command: 'RCPT' });
    const [qmail] = await findingsOf("Hi. This is the qmail-send program at mx.example.com.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<taro@example.org>:\nmx.example.org [192.0.2.25] does not like recipient.\nRemote host said: 550 5.1.1 User unknown\n");
    expect(qmail).toMatchObject({ address: 'taro@example.org', remoteMta: 'mx.example.org', command: 'RCPT' });
  });
});
