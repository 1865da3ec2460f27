/**
 * The reason comes from the code and the server's words together: the same code means
 * different things at different providers, and specific words win over a bare code.
 */
import { describe, expect, it } from 'vitest';
import { analyzeBounce, type RecipientReport } from '../../../src/lib/bounce/index.ts';

/** The first recipient of a pasted delivery-status block. */
async function read(status: string, diagnostic: string, extra = ''): Promise<RecipientReport | undefined> {
  const report = await analyzeBounce(
    `Final-Recipient: rfc822; taro@example.org\nAction: failed\nStatus: ${status}\n${extra}Diagnostic-Code: smtp; ${diagnostic}\n`,
  );
  return report.recipients[0];
}

describe('5.7.1 means different things', () => {
  it.each([
    ['550 5.7.1 Message rejected as spam by Content Filtering', 'spamdetected', 'judged-as-spam'],
    ['554 5.7.1 <taro@example.org>: Relay access denied', 'norelaying', 'relay-denied'],
    ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'blocked', 'blocklisted-ip'],
    ['550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]', 'requireptr', 'missing-ptr'],
    ['550 5.7.1 Mail from dynamic IP addresses is not accepted', 'blocked', 'direct-sending-blocked'],
    ['550 5.7.1 Delivery not authorized, message refused', 'securityerror', 'recipient-policy-restriction'],
    ['550 5.7.1 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy', 'authfailure', 'dmarc-rejected'],
  ])('%s → %s', async (diagnostic, reason, caseSlug) => {
    expect(await read('5.7.1', diagnostic)).toMatchObject({ reason, caseSlug });
  });
});

describe('authentication failures are told apart by their words', () => {
  it.each([
    ['550-5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard fail policy', 'spf-fail'],
    ['550 5.7.26 SPF permerror: too many DNS lookups', 'spf-permerror'],
    ['550 5.7.30 This message does not have a valid DKIM signature', 'dkim-fail'],
    ['550 5.7.26 This mail has been blocked because the sender is unauthenticated.', 'missing-authentication'],
    ['550 5.7.515 Access denied, sending domain [EXAMPLE.COM] doesn\'t meet the required authentication level.', 'bulk-sender-requirements'],
  ])('%s → %s', async (diagnostic, caseSlug) => {
    expect(await read(diagnostic.split(' ')[1]?.replace(/^\d{3}-/, '') ?? '5.7.26', diagnostic)).toMatchObject({ reason: 'authfailure', caseSlug });
  });

  it('reads 5.7.30 without DKIM words as the REQUIRETLS code it is registered as', async () => {
    expect(await read('5.7.30', '550 5.7.30 REQUIRETLS support required')).toMatchObject({ reason: 'failedstarttls', caseSlug: 'tls-required' });
  });

  it('reads a refused SMTP login as an authentication problem of the sender', async () => {
    expect(await read('5.7.8', '535 5.7.8 Authentication credentials invalid')).toMatchObject({ reason: 'securityerror', caseSlug: 'smtp-auth-failed' });
  });
});

describe('codes where the words say nothing more', () => {
  it.each([
    ['5.1.1', '550 5.1.1 Address rejected', 'userunknown'],
    ['5.2.2', '552 5.2.2 Requested mail action aborted', 'mailboxfull'],
    ['5.3.4', '552 5.3.4 Error: message file too big', 'emailtoolarge'],
    ['5.2.3', '552 5.2.3 Requested mail action aborted', 'emailtoolarge'],
    ['4.4.7', '', 'expired'],
    ['5.4.7', '', 'expired'],
    ['5.1.2', '550 5.1.2 Bad destination system address', 'hostunknown'],
    ['5.7.13', '525 5.7.13 Disabled recipient address', 'suspend'],
    ['5.1.10', '550 5.1.10 Recipient address has null MX', 'notaccept'],
  ])('%s → %s', async (status, diagnostic, reason) => {
    expect((await read(status, diagnostic))?.reason).toBe(reason);
  });
});

describe('words that are specific win over the code', () => {
  it('reads "over quota" under 5.1.1 as a full mailbox', async () => {
    expect((await read('5.1.1', '552 sorry, mailbox taro@example.org is over quota temporarily (#5.1.1)'))?.reason).toBe('mailboxfull');
  });

  it('reads "User unknown" under a mailbox-status code as a filter', async () => {
    expect((await read('5.2.1', '550 5.2.1 <taro@example.org>... User Unknown'))?.reason).toBe('filtered');
  });

  it('lets a specific code win over generic words such as "Service unavailable"', async () => {
    // Microsoft documents 5.7.708 as an IP with no or a poor sending reputation (Exchange Online NDR reference).
    expect((await read('5.7.708', '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'))?.reason).toBe('badreputation');
    expect((await read('5.7.708', '550 5.7.708 Service unavailable. Access denied.'))?.reason).toBe('badreputation');
    expect((await read('5.2.1', '550 5.2.1 Mailbox unavailable'))?.reason).toBe('suspend');
    expect((await read('5.0.0', '550 Requested action not taken: mailbox unavailable'))?.reason).toBe('userunknown');
  });

  it('reads Microsoft\'s directory-based rejection (5.4.1 Access denied) as an unknown recipient', async () => {
    expect((await read('5.4.1', '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'))?.reason).toBe('userunknown');
  });

  it('reads a rate limit as rate limiting, and a daily quota as the sending quota case', async () => {
    expect(await read('4.7.0', '421 4.7.0 Our system has detected an unusual rate of mail. The sending IP has been temporarily rate limited.')).toMatchObject({ reason: 'ratelimited', caseSlug: 'rate-limited' });
    expect(await read('5.4.5', '550 5.4.5 Daily user sending quota exceeded.')).toMatchObject({ reason: 'ratelimited', caseSlug: 'sending-quota-exceeded' });
  });
});

describe('the SMTP stage corrects the reading', () => {
  it('reads a refusal at MAIL FROM as a refused sender', async () => {
    const report = await analyzeBounce('<taro@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Access denied (in reply to MAIL FROM command)');
    expect(report.recipients[0]).toMatchObject({ reason: 'rejected', caseSlug: 'sender-address-rejected' });
  });

  it('reads a refusal before any recipient was named as a blocked connection', async () => {
    const report = await analyzeBounce('<taro@example.org>: host mx.example.org[192.0.2.1] refused to talk to me: 554 Go away');
    expect(report.recipients[0]?.reason).toBe('blocked');
  });

  it('reads a temporary "domain not found" as a network error, still pointing to the domain case', async () => {
    const r = await read('4.0.0', "DNS Error: 12345 DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid");
    expect(r).toMatchObject({ reason: 'networkerror', caseSlug: 'domain-not-found' });
  });
});

describe('codes in the report', () => {
  it('reads the status and reply code from a diagnostic and drops a reply code of another class', async () => {
    const r = await read('4.4.7', '550 4.4.7 QUEUE.Expired; message expired');
    expect(r?.status).toBe('4.4.7');
    expect(r?.replyCode).toBeUndefined();
  });

  it('keeps the Status field when the words only say X.0.0', async () => {
    expect(await read('5.2.2', '550 5.0.0 Mailbox unavailable')).toMatchObject({ status: '5.2.2' });
  });

  it('does not take IP addresses or version numbers for status codes', async () => {
    const r = await read('5.0.0', '550 Rejected by 192.0.2.5.1 (Exim 4.96) from 10.4.4.7');
    expect(r?.status).toBe('5.0.0');
  });
});
