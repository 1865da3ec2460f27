import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../../../src/lib/diagnosis/index.ts';

// Providers' documented texts for situations that have a case of their own.
describe('texts that name their situation lead to its case', () => {
  const cases: Array<[string, string]> = [
    ['550 5.7.60 SMTP; Client does not have permissions to send as this sender', 'send-as-denied'],
    ['553 5.7.1 <info@example.com>: Sender address rejected: not owned by user staff@example.net', 'send-as-denied'],
    ['550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)', 'external-forwarding-blocked'],
    ['550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources', 'direct-send-rejected'],
    ['554 Message rejected: Email address is not verified. The following identities failed the check in region AP-NORTHEAST-1: info@example.jp', 'esp-sender-not-verified'],
    ['550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.', 'esp-sender-not-verified'],
    ['553-5.1.3 The recipient address <a..b@example.ne.jp> is not a valid RFC 5321 address.', 'carrier-address-format'],
    ['550 5.7.1 message has lines too long for transport', 'not-rfc-compliant'],
  ];
  for (const [text, slug] of cases) {
    it(`${slug}: ${text.slice(0, 60)}…`, () => {
      expect(diagnoseText(text)?.caseSlug).toBe(slug);
    });
  }

  it('a sending service’s refusal of an unverified sender is a refused sender, and says so', () => {
    const d = diagnoseText('554 Message rejected: Email address is not verified.');
    expect(d?.reason).toBe('rejected');
    expect(d?.decidedBy[0]?.kind).toBe('phrase');
  });
});
