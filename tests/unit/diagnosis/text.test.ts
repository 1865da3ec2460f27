/** diagnoseText: what search and the paste box get for one pasted line. */
import { describe, expect, it } from 'vitest';
import { diagnoseText, evidenceFromText } from '../../../src/lib/diagnosis/index.ts';

describe('reading one pasted line', () => {
  it('ranks the blocklist case for a blocklisted client host, with the reason shown', () => {
    const d = diagnoseText('550 5.7.1 Service unavailable; client host [192.0.2.25] blocked using zen.spamhaus.org');
    expect(d).toMatchObject({ reason: 'blocked', caseSlug: 'blocklisted-ip' });
    expect(d?.decidedBy[0]).toMatchObject({ kind: 'phrase', detail: 'blocked using' });
  });

  it('reads a bare enhanced status code by the RFC 3463 table', () => {
    const d = diagnoseText('5.2.2');
    expect(d).toMatchObject({ reason: 'mailboxfull', caseSlug: 'mailbox-full' });
    expect(d?.decidedBy[0]).toMatchObject({ kind: 'status', detail: '5.2.2', rule: 'status:X.2.2' });
  });

  it('reads the innermost reply of a relayed error', () => {
    const e = evidenceFromText('554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Unable to connect to a remote host>');
    expect(e).toMatchObject({ status: '4.4.2', replyCode: '421' });
  });

  it('takes the stage and the recipient from the line', () => {
    const e = evidenceFromText('<taro@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)');
    expect(e).toMatchObject({ stage: 'rcpt', recipient: 'taro@example.org', status: '5.1.1', replyCode: '550' });
  });

  it('recognises a Japanese carrier\'s domain in the line', () => {
    expect(diagnoseText('550 5.1.1 <hanako@docomo.ne.jp>: User unknown (in reply to RCPT TO command)')?.caseSlug).toBe('mobile-carrier-filter');
  });
});
