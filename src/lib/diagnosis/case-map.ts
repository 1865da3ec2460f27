/**
 * Which case page explains a bounce: the reason, refined by the server's words and by who
 * the recipient is. For each reason the rules are tried in order; the first that applies
 * names the case, and its `also` list the other likely cases, best first.
 */
import type { Reason } from './types.ts';

export interface CaseRule {
  /** The rule applies only when the server's words (matchable() form) match. */
  words?: RegExp;
  /** The rule applies only when the recipient is at a Japanese mobile carrier. */
  carrier?: boolean;
  slug: string | null;
  also?: string[];
}

/** Checked first whatever the reason: the words name the situation outright. */
export const ANY_REASON: CaseRule[] = [
  { words: /gr[ae]y ?list/, slug: 'greylisting', also: ['delivery-delayed-expired'] },
];

export const CASE_RULES: Record<Reason, CaseRule[]> = {
  mailboxfull: [{ slug: 'mailbox-full' }],
  userunknown: [
    { carrier: true, slug: 'mobile-carrier-filter', also: ['wrong-address'] },
    { slug: 'wrong-address', also: ['account-disabled'] },
  ],
  hasmoved: [{ slug: 'wrong-address', also: ['account-disabled'] }],
  filtered: [
    { carrier: true, slug: 'mobile-carrier-filter', also: ['company-spam-filter'] },
    { slug: 'company-spam-filter', also: ['recipient-policy-restriction', 'judged-as-spam'] },
  ],
  rejected: [
    { words: /\bpost(?:ing)?\b|\bgroups?\b|members?[- ]only|mailing list/, slug: 'recipient-policy-restriction', also: ['sender-address-rejected'] },
    { carrier: true, slug: 'mobile-carrier-filter', also: ['sender-address-rejected'] },
    { slug: 'sender-address-rejected', also: ['spf-fail'] },
  ],
  authfailure: [
    { words: /\bdmarc\b/, slug: 'dmarc-rejected', also: ['forwarding-breaks-auth', 'mailing-list-breaks-dkim', 'missing-authentication'] },
    { words: /permerror|too many dns lookups|multiple spf records/, slug: 'spf-permerror', also: ['spf-fail'] },
    { words: /\bspf\b|sender policy framework/, slug: 'spf-fail', also: ['spf-permerror', 'contact-form-mail', 'forwarding-breaks-auth'] },
    { words: /\bdkim\b|domainkeys/, slug: 'dkim-fail', also: ['mailing-list-breaks-dkim', 'missing-authentication'] },
    { words: /bulk|5\.7\.515|required authentication level/, slug: 'bulk-sender-requirements', also: ['missing-authentication'] },
    { slug: 'missing-authentication', also: ['dmarc-rejected', 'spf-fail', 'dkim-fail'] },
  ],
  blocked: [
    { words: /\bptr\b|reverse dns|rdns/, slug: 'missing-ptr', also: ['blocklisted-ip'] },
    { words: /dynamic|dial-?up|residential|smtp server of your isp|end-user|op25b|generic (?:dns|ptr)/, slug: 'direct-sending-blocked', also: ['blocklisted-ip'] },
    { words: /reputation|unwanted messages|complaints|shared/, slug: 'shared-server-reputation', also: ['blocklisted-ip', 'low-reputation'] },
    { slug: 'blocklisted-ip', also: ['shared-server-reputation', 'direct-sending-blocked'] },
  ],
  badreputation: [{ slug: 'low-reputation', also: ['shared-server-reputation', 'blocklisted-ip'] }],
  requireptr: [{ slug: 'missing-ptr', also: ['direct-sending-blocked'] }],
  spamdetected: [
    { words: /blacklist|blocklist|dnsbl|\brbl\b|spamhaus|listed/, slug: 'blocklisted-ip', also: ['judged-as-spam'] },
    { slug: 'judged-as-spam', also: ['company-spam-filter', 'blocklisted-ip'] },
  ],
  virusdetected: [{ slug: 'attachment-blocked', also: ['judged-as-spam'] }],
  contenterror: [{ slug: 'attachment-blocked', also: ['not-rfc-compliant'] }],
  policyviolation: [
    { words: /attachment|executable|security issue|file type|extension/, slug: 'attachment-blocked', also: ['recipient-policy-restriction'] },
    { slug: 'recipient-policy-restriction', also: ['judged-as-spam', 'attachment-blocked'] },
  ],
  emailtoolarge: [{ slug: 'message-too-large' }],
  ratelimited: [
    { words: /daily|quota|sending limit|per (?:hour|day)|relay/, slug: 'sending-quota-exceeded', also: ['rate-limited'] },
    { words: /bulk|5\.7\.515/, slug: 'bulk-sender-requirements', also: ['rate-limited'] },
    { slug: 'rate-limited', also: ['sending-quota-exceeded', 'low-reputation'] },
  ],
  securityerror: [
    { words: /authenticat|password|credential|\blog ?in\b|smtp auth/, slug: 'smtp-auth-failed', also: ['relay-denied'] },
    { words: /suspicious|compromised|limit/, slug: 'sending-quota-exceeded', also: ['smtp-auth-failed'] },
    { slug: 'recipient-policy-restriction', also: ['smtp-auth-failed', 'blocklisted-ip'] },
  ],
  norelaying: [{ slug: 'relay-denied', also: ['smtp-auth-failed'] }],
  hostunknown: [{ slug: 'domain-not-found' }],
  notaccept: [{ slug: 'domain-not-found' }],
  expired: [{ slug: 'delivery-delayed-expired', also: ['remote-server-error'] }],
  networkerror: [
    { words: /nxdomain|domain name not found|couldn't be found/, slug: 'domain-not-found', also: ['delivery-delayed-expired'] },
    { slug: 'delivery-delayed-expired', also: ['remote-server-error'] },
  ],
  systemerror: [{ slug: 'remote-server-error', also: ['delivery-delayed-expired'] }],
  systemfull: [{ slug: 'remote-server-error' }],
  mailererror: [{ slug: 'remote-server-error' }],
  failedstarttls: [{ slug: 'tls-required' }],
  syntaxerror: [{ slug: 'not-rfc-compliant', also: ['remote-server-error'] }],
  notcompliantrfc: [{ slug: 'not-rfc-compliant' }],
  suspend: [{ slug: 'account-disabled', also: ['wrong-address'] }],
  suppressed: [{ slug: null, also: ['wrong-address', 'spam-complaint-report'] }],
  vacation: [{ slug: 'auto-reply-not-bounce' }],
  delivered: [{ slug: 'auto-reply-not-bounce' }],
  feedback: [
    { words: /auth-failure/, slug: 'dmarc-rejected', also: ['spam-complaint-report'] },
    { slug: 'spam-complaint-report' },
  ],
  onhold: [{ slug: null }],
  undefined: [{ slug: null }],
};

export interface CaseContext {
  /** The server's words, matchable() form. */
  words: string;
  /** The recipient (or the server that answered for it) is a Japanese mobile carrier. */
  carrier: boolean;
}

export interface CaseChoice {
  caseSlug: string | null;
  otherCases: string[];
}

function applies(rule: CaseRule, ctx: CaseContext): boolean {
  return (!rule.words || rule.words.test(ctx.words)) && (!rule.carrier || ctx.carrier);
}

export function caseFor(reason: Reason, ctx: CaseContext): CaseChoice {
  const byReason = CASE_RULES[reason].find((r) => applies(r, ctx));
  const special = ANY_REASON.find((r) => applies(r, ctx));
  const rule = special ?? byReason;
  if (!rule) return { caseSlug: null, otherCases: [] };
  const others = [...(rule.also ?? []), ...(special && byReason?.slug ? [byReason.slug] : [])];
  return { caseSlug: rule.slug, otherCases: [...new Set(others)].filter((s) => s !== rule.slug) };
}
