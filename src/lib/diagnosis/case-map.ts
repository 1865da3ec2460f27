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
  /** The rule applies only when the enhanced status code matches. */
  status?: RegExp;
  slug: string | null;
  also?: string[];
}

/** Checked first whatever the reason: the words name the situation outright. */
export const ANY_REASON: CaseRule[] = [
  { words: /gr[ae]y ?list/, slug: 'greylisting', also: ['delivery-delayed-expired'] },
  // Microsoft 365: "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
  // SendAsDeniedException (Exchange Online NDR reference); Postfix's reject_sender_login_mismatch,
  // "Sender address rejected: not owned by user" (postconf(5)).
  { words: /send ?as (?:this )?sender|sendasdenied|not owned by user/, slug: 'send-as-denied', also: ['sender-address-rejected'] },
  // Microsoft 365 outbound spam policy: "5.7.520 Access denied, Your organization does not allow
  // external forwarding" (Microsoft Learn, "Control automatic external email forwarding").
  { words: /does not allow external forwarding/, slug: 'external-forwarding-blocked', also: ['forwarding-breaks-auth'] },
  // Microsoft 365 RejectDirectSend: "550 5.7.68 TenantInboundAttribution; Direct Send not allowed"
  // (Exchange Team blog, "Introducing more control over Direct Send", 2025).
  { words: /direct send not allowed|tenant(?:inbound)?attribution/, slug: 'direct-send-rejected', also: ['relay-denied'] },
  // Amazon SES: "Email address is not verified. The following identities failed the check";
  // SendGrid: "The from address does not match a verified Sender Identity" (their own docs).
  { words: /(?:identities|address) (?:is not verified|failed the check)|verified sender identity/, slug: 'esp-sender-not-verified', also: ['sender-address-rejected'] },
  // RFC 5321 §4.1.2 address syntax, refused as such (Gmail "is not a valid RFC 5321 address",
  // Postfix "Bad recipient address syntax"): often an old carrier address with ".." or ".@".
  { words: /not a valid rfc ?5321 address|bad recipient address syntax/, slug: 'carrier-address-format', also: ['wrong-address'] },
  // Microsoft 365 refusing a sender it has restricted or a tenant over its outbound threshold:
  // "5.1.8 Access denied, bad outbound sender" (Exchange Online NDR reference) and "5.7.705 Access
  // denied, tenant has exceeded threshold" (Microsoft Learn, "Fix error code 5.7.700 through
  // 5.7.750 in Exchange Online").
  { words: /bad outbound sender|tenant has exceeded threshold/, slug: 'sending-quota-exceeded', also: ['smtp-auth-failed'] },
];

export const CASE_RULES: Record<Reason, CaseRule[]> = {
  mailboxfull: [{ slug: 'mailbox-full' }],
  userunknown: [
    // RFC 3463 §3.2 X.1.3 "Bad destination mailbox address syntax": the address is written against
    // the rules (Gmail "553-5.1.3 … is not a valid RFC 5321 address", Microsoft 365 "550 5.1.3
    // STOREDRV.Submit; invalid recipient address"), not missing.
    { status: /^[45]\.1\.3$/, slug: 'carrier-address-format', also: ['wrong-address'] },
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
    // No DMARC record at all is a sender requirement, not a DMARC failure: Gmail "4.7.40 / 5.7.40 …
    // the sending domain doesn't have a DMARC record" (Gmail SMTP errors and codes; Gmail's
    // sender guidelines require DMARC of bulk senders).
    { words: /(?:doesn't|does not) have a dmarc record|no dmarc record/, slug: 'bulk-sender-requirements', also: ['dmarc-rejected', 'missing-authentication'] },
    { words: /\bdmarc\b/, slug: 'dmarc-rejected', also: ['forwarding-breaks-auth', 'mailing-list-breaks-dkim', 'missing-authentication'] },
    // Gmail "5.7.24 The SPF record of the sending domain has one or more suspicious entries": the
    // record itself is at fault (Gmail SMTP errors and codes).
    { words: /permerror|too many dns lookups|multiple spf records|spf record .{0,40}suspicious entries/, slug: 'spf-permerror', also: ['spf-fail'] },
    // Gmail 4.7.32 / 5.7.32 "the From: header … isn't aligned with either the authenticated SPF or
    // DKIM organizational domain": the alignment its sender guidelines require; it names SPF too.
    { words: /aligned with either the authenticated/, slug: 'bulk-sender-requirements', also: ['dmarc-rejected', 'missing-authentication'] },
    // No passing SPF or DKIM at all: Gmail 4.7.26 / 5.7.26 and Yahoo 5.7.9, "Gmail (Yahoo) requires
    // all senders to authenticate with either SPF or DKIM" (their SMTP error pages).
    { words: /\bunauthenticated\b|requires all senders to authenticate/, slug: 'missing-authentication', also: ['spf-fail', 'dkim-fail'] },
    { words: /\bspf\b|sender policy framework/, slug: 'spf-fail', also: ['spf-permerror', 'contact-form-mail', 'forwarding-breaks-auth'] },
    { words: /\bdkim\b|domainkeys/, slug: 'dkim-fail', also: ['mailing-list-breaks-dkim', 'missing-authentication'] },
    { words: /bulk|5\.7\.515|required authentication level/, slug: 'bulk-sender-requirements', also: ['missing-authentication'] },
    { slug: 'missing-authentication', also: ['dmarc-rejected', 'spf-fail', 'dkim-fail'] },
  ],
  blocked: [
    { words: /\bptr\b|reverse dns|rdns/, slug: 'missing-ptr', also: ['blocklisted-ip'] },
    { words: /dynamic|dial-?up|residential|smtp server of your isp|end-user|op25b|generic (?:dns|ptr)/, slug: 'direct-sending-blocked', also: ['blocklisted-ip'] },
    // "IP Netblock" (Gmail 4.7.28) and "part of their network is on our block list" (Outlook.com
    // S3150, Microsoft's Outlook.com postmaster troubleshooting) refuse the range, not one IP.
    { words: /reputation|unwanted messages|complaints|shared|\bnetblock\b|part of their network/, slug: 'shared-server-reputation', also: ['blocklisted-ip', 'low-reputation'] },
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
    // Yahoo's "554 5.7.9 Message not accepted for policy reasons" is its refusal of a message that
    // failed SPF, DKIM or DMARC (Yahoo Help SLN7253, https://help.yahoo.com/kb/SLN7253.html); 5.7.9
    // with these words comes from no one else.
    { status: /^5\.7\.9$/, words: /not accepted for policy reasons/, slug: 'missing-authentication', also: ['dmarc-rejected', 'mailing-list-breaks-dkim'] },
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
    // Microsoft 365 "5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM":
    // the program did not sign in at all, so it may not send out (Exchange Online NDR reference).
    { words: /not authenticated to send anonymous mail/, slug: 'relay-denied', also: ['smtp-auth-failed'] },
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
    // A mail loop (RFC 3463 X.4.6 "routing loop detected"; RFC 5321 §6.3 hop counts) is the
    // servers' forwarding set up wrong, not a delay.
    { words: /\bloop\b|too many hops|exceeded \d+ hops|hop count/, slug: 'remote-server-error', also: ['delivery-delayed-expired'] },
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
  /** The enhanced status code, when the report has a real one. */
  status?: string;
}

export interface CaseChoice {
  caseSlug: string | null;
  otherCases: string[];
}

function applies(rule: CaseRule, ctx: CaseContext): boolean {
  return (!rule.words || rule.words.test(ctx.words)) && (!rule.carrier || ctx.carrier)
    && (!rule.status || (ctx.status !== undefined && rule.status.test(ctx.status)));
}

export function caseFor(reason: Reason, ctx: CaseContext): CaseChoice {
  const byReason = CASE_RULES[reason].find((r) => applies(r, ctx));
  const special = ANY_REASON.find((r) => applies(r, ctx));
  const rule = special ?? byReason;
  if (!rule) return { caseSlug: null, otherCases: [] };
  const others = [...(rule.also ?? []), ...(special && byReason?.slug ? [byReason.slug] : [])];
  return { caseSlug: rule.slug, otherCases: [...new Set(others)].filter((s) => s !== rule.slug) };
}
