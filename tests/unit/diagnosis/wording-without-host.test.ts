import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../../../src/lib/diagnosis/index.ts';

/**
 * Readers often paste only the reply, without the host that sent it. Replies whose own words or
 * codes say what happened lead to the same case with or without the host, and the same general
 * rules read other servers' wording for the same situation.
 */
describe('a reply means the same with or without the host that sent it', () => {
  const gmail: Array<[string, string]> = [
    ['421-4.7.29 Your email has been rate limited because you\'re not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.', 'tls-required'],
    ['450-4.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered.', 'rate-limited'],
    ['421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP Netblock 192.0.2.0/24.', 'shared-server-reputation'],
    ['550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.', 'missing-authentication'],
  ];
  for (const [text, slug] of gmail) {
    it(`${slug}: ${text.slice(0, 50)}…`, () => {
      expect(diagnoseText(text)?.caseSlug).toBe(slug);
      expect(diagnoseText(`host gmail-smtp-in.l.google.com[192.0.2.1] said: ${text} a1si123 - gsmtp`)?.caseSlug).toBe(slug);
    });
  }
});

describe('general rules behind the code pages read other servers too', () => {
  const cases: Array<[string, string]> = [
    ['554 5.4.6 Hop count exceeded - possible mail loop', 'remote-server-error'],
    ['501 5.1.3 Invalid address', 'carrier-address-format'],
    ['451 4.7.550 Access denied, please try again later', 'rate-limited'],
    ['550 5.6.0 Message contains bare linefeeds', 'not-rfc-compliant'],
    ['550 5.7.1 Your message was rejected: the domain does not have a DMARC record', 'bulk-sender-requirements'],
  ];
  for (const [text, slug] of cases) {
    it(`${slug}: ${text}`, () => {
      expect(diagnoseText(text)?.caseSlug).toBe(slug);
    });
  }

  it('a permanent refusal in the same range is still a block, not a rate limit', () => {
    expect(diagnoseText('550 5.7.606 Access denied, banned sending IP [192.0.2.1].')?.reason).toBe('blocked');
  });
});
