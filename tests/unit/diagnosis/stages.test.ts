/** The same words mean different things at different SMTP stages. */
import { describe, expect, it } from 'vitest';
import { diagnose, diagnoseText } from '../../../src/lib/diagnosis/index.ts';

describe('the SMTP stage decides what "user unknown" means', () => {
  it('reads "user unknown" answered to RCPT TO as a missing mailbox', () => {
    const d = diagnoseText('<taro@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <taro@example.org>: User unknown (in reply to RCPT TO command)');
    expect(d?.reason).toBe('userunknown');
    expect(d?.caseSlug).toBe('wrong-address');
  });

  it('reads "unknown user" answered to end of DATA as a filter refusing the message', () => {
    const d = diagnoseText('<taro@example.org>: host mx.example.org[192.0.2.1] said: 550 Unknown user taro@example.org (in reply to end of DATA command)');
    expect(d?.reason).toBe('filtered');
    expect(d?.decidedBy[0]).toMatchObject({ kind: 'stage', detail: 'end-of-data' });
    expect(d?.decidedBy[1]).toMatchObject({ kind: 'phrase', detail: 'unknown user' });
  });

  it('keeps a 5.1.1 "user unknown" that a pipelining transcript shows after DATA as a missing mailbox', () => {
    expect(diagnose({ words: '550 5.1.1 <taro@example.org>... User Unknown', status: '5.1.1', stage: 'data' }).reason).toBe('userunknown');
  });

  it('reads "user unknown" with a policy code (5.7.1) outside RCPT TO as filtered', () => {
    expect(diagnose({ words: '550 5.7.1 User unknown', status: '5.7.1' }).reason).toBe('filtered');
    expect(diagnose({ words: '550 5.7.1 User unknown', status: '5.7.1', stage: 'rcpt' }).reason).toBe('userunknown');
  });

  it('reads a refusal at MAIL FROM as the sender being rejected', () => {
    const d = diagnoseText('SMTP error from remote mail server after MAIL FROM:<sender@example.com> SIZE=1024: 550 5.1.1 No such user');
    expect(d?.reason).toBe('rejected');
    expect(d?.decidedBy[0]).toMatchObject({ kind: 'stage', detail: 'mail' });
  });

  it('reads Exim\'s "after pipelined …" wording as the same stage', () => {
    expect(diagnoseText('SMTP error from remote mail server after pipelined MAIL FROM:<sender@example.com> SIZE=1758: 550 5.1.1 No such user')?.reason).toBe('rejected');
    expect(diagnoseText('SMTP error from remote mail server after pipelined DATA: 550 unknown user')?.reason).toBe('filtered');
    expect(diagnoseText('SMTP error from remote mail server after pipelined RCPT TO:<taro@example.org>: 550 unknown user')?.reason).toBe('userunknown');
  });

  it('keeps an authentication demand at MAIL FROM as a security error', () => {
    expect(diagnose({ words: '530 5.7.0 Authentication required', status: '5.7.0', stage: 'mail' }).reason).toBe('securityerror');
  });

  it('reads qmail\'s "but sender was rejected" as a refusal at MAIL FROM', () => {
    expect(diagnoseText('Connected to 192.0.2.1 but sender was rejected. Remote host said: 553 sorry, your envelope sender is invalid')?.reason).toBe('rejected');
  });

  it('reads refusals before any address was given as a blocked connection', () => {
    expect(diagnoseText('SMTP error from remote mail server after initial connection: 554 5.7.1 Access denied')?.reason).toBe('blocked');
    expect(diagnoseText('Connected to 192.0.2.1 but my name was rejected. Remote host said: 501 5.0.0 Invalid domain name')?.reason).toBe('blocked');
    expect(diagnose({ words: '554 Your message looks like spam', stage: 'connect' }).reason).toBe('blocked');
  });

  it('reads a greeting that refuses without words as blocked only when the refusal is permanent', () => {
    expect(diagnose({ words: '554 IP=192.0.2.1 - A problem occurred.', replyCode: '554', stage: 'connect' }).reason).toBe('blocked');
    expect(diagnose({ words: '421', replyCode: '421', status: '4.5.0', stage: 'connect', action: 'delayed' }).reason).toBe('expired');
  });

  it('does not let a temporary failure prove that a domain does not exist', () => {
    const d = diagnose({ words: 'Host or domain name not found. Name service error', status: '4.4.3' });
    expect(d.reason).toBe('networkerror');
    expect(d.decidedBy[0]).toMatchObject({ kind: 'status', detail: '4.4.3' });
  });
});

describe('Gmail\'s "(state N)" stage markers', () => {
  it('reads state 18 as after DATA: a bare policy code there is a filter refusing the message', () => {
    const d = diagnoseText('The error that the other server returned was: 554 554 5.7.0 Header error (state 18).');
    expect(d?.reason).toBe('filtered');
    expect(d?.decidedBy[0]).toMatchObject({ kind: 'stage', detail: 'data' });
  });

  it('reads state 14 as RCPT TO', () => {
    expect(diagnoseText('550 550 <taro@example.jp>: User unknown (state 14).')?.reason).toBe('userunknown');
  });
});
