import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANY_REASON, CASE_RULES, REASONS, caseFor } from '../../../src/lib/bounce/index.ts';

const at = (words: string, carrier = false) => ({ words, carrier });

describe('reason → case', () => {
  it('has rules for every reason', () => {
    for (const reason of REASONS) expect(CASE_RULES[reason].length).toBeGreaterThan(0);
  });

  it.each([
    ['mailboxfull', 'mailbox full', 'mailbox-full'],
    ['userunknown', 'user unknown', 'wrong-address'],
    ['hasmoved', 'has moved', 'wrong-address'],
    ['hostunknown', 'host unknown', 'domain-not-found'],
    ['notaccept', 'null mx', 'domain-not-found'],
    ['emailtoolarge', 'message too big', 'message-too-large'],
    ['expired', 'message expired', 'delivery-delayed-expired'],
    ['networkerror', 'no route to host', 'delivery-delayed-expired'],
    ['suspend', 'account disabled', 'account-disabled'],
    ['requireptr', 'no ptr record', 'missing-ptr'],
    ['norelaying', 'relay access denied', 'relay-denied'],
    ['failedstarttls', 'must issue a starttls', 'tls-required'],
    ['notcompliantrfc', 'duplicate header', 'not-rfc-compliant'],
    ['virusdetected', 'virus detected', 'attachment-blocked'],
    ['spamdetected', 'message looks like spam', 'judged-as-spam'],
    ['rejected', 'sender address rejected', 'sender-address-rejected'],
    ['badreputation', 'low reputation', 'low-reputation'],
    ['systemerror', 'internal error', 'remote-server-error'],
    ['vacation', '', 'auto-reply-not-bounce'],
    ['feedback', 'abuse', 'spam-complaint-report'],
  ] as const)('%s ("%s") → %s', (reason, words, slug) => {
    expect(caseFor(reason, at(words)).caseSlug).toBe(slug);
  });

  it('has no case for a reason that could not be decided', () => {
    expect(caseFor('undefined', at('')).caseSlug).toBeNull();
    expect(caseFor('onhold', at('something')).caseSlug).toBeNull();
  });

  it('sends "user unknown" at a mobile carrier to the carrier filter first', () => {
    expect(caseFor('userunknown', at('user unknown', true))).toEqual({ caseSlug: 'mobile-carrier-filter', otherCases: ['wrong-address'] });
    expect(caseFor('filtered', at('550 : user unknown', true)).caseSlug).toBe('mobile-carrier-filter');
    expect(caseFor('filtered', at('message filtered')).caseSlug).toBe('company-spam-filter');
  });

  it.each([
    ['550 5.7.26 unauthenticated email is not accepted due to domain\'s dmarc policy', 'dmarc-rejected'],
    ['550 5.7.23 spf check failed', 'spf-fail'],
    ['550 spf permerror: too many dns lookups', 'spf-permerror'],
    ['550 5.7.20 no passing dkim signature found', 'dkim-fail'],
    ['550 5.7.1 sender is unauthenticated', 'missing-authentication'],
  ])('authentication failure "%s" → %s', (words, slug) => {
    expect(caseFor('authfailure', at(words)).caseSlug).toBe(slug);
  });

  it.each([
    ['client host blocked using zen.spamhaus.org', 'blocklisted-ip'],
    ['no ptr record for your ip', 'missing-ptr'],
    ['mail from dynamic ip addresses is not accepted, use the smtp server of your isp', 'direct-sending-blocked'],
    ['too many unwanted messages have been sent from your ip address', 'shared-server-reputation'],
  ])('blocked "%s" → %s', (words, slug) => {
    expect(caseFor('blocked', at(words)).caseSlug).toBe(slug);
  });

  it('names greylisting whatever the reason, and keeps the reason\'s own case as another', () => {
    expect(caseFor('expired', at('451 4.7.1 greylisted, please try again later'))).toEqual({
      caseSlug: 'greylisting', otherCases: ['delivery-delayed-expired'],
    });
  });

  it('sends attachment refusals to the attachment case and other policies to the policy case', () => {
    expect(caseFor('policyviolation', at('this message was blocked because its content presents a potential security issue')).caseSlug).toBe('attachment-blocked');
    expect(caseFor('policyviolation', at('message not accepted for policy reasons')).caseSlug).toBe('recipient-policy-restriction');
  });

  it('never repeats the chosen case among the other cases', () => {
    for (const reason of REASONS) {
      for (const rule of CASE_RULES[reason]) {
        const choice = caseFor(reason, at(rule.words?.source ?? '', rule.carrier ?? false));
        expect(choice.otherCases).not.toContain(choice.caseSlug);
      }
    }
  });
});

// Every slug the analyser can answer with must be a case page of the site.
const casesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../content/cases/en');

describe('case slugs', () => {
  it('names only cases that exist on the site', () => {
    const existing = new Set(readdirSync(casesDir).map((name) => name.replace(/\.mdx$/, '')));
    const used = new Set<string>();
    for (const rule of [...ANY_REASON, ...Object.values(CASE_RULES).flat()]) {
      if (rule.slug) used.add(rule.slug);
      for (const other of rule.also ?? []) used.add(other);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((slug) => !existing.has(slug))).toEqual([]);
  });
});
