/**
 * What an enhanced status code (RFC 3463, class.subject.detail) and an SMTP reply code
 * (RFC 5321) stand for when the server's words say nothing more specific. One entry per code,
 * each with its source: the IANA "SMTP Enhanced Status Codes" registry
 * (https://www.iana.org/assignments/smtp-enhanced-status-codes), which collects RFC 3463 and
 * the RFCs that added codes since; Microsoft's own codes from "Email non-delivery reports and
 * SMTP errors in Exchange Online".
 */
import type { Reason } from './types.ts';

export interface CodeEntry {
  /** "X.1.1" for any class, or a full code ("5.4.4") when the class changes the meaning. */
  code: string;
  reason: Reason;
  source: string;
}

const RFC3463 = 'RFC 3463 (IANA SMTP Enhanced Status Codes)';
const MICROSOFT = 'Microsoft: Email non-delivery reports and SMTP errors in Exchange Online';

export const STATUS_CODES: CodeEntry[] = [
  // A temporary routing failure cannot prove that a domain has no mail server; a permanent one does.
  { code: '5.4.4', reason: 'hostunknown', source: RFC3463 },
  { code: '4.4.4', reason: 'networkerror', source: RFC3463 },
  { code: '5.4.0', reason: 'networkerror', source: RFC3463 },
  { code: 'X.1.0', reason: 'userunknown', source: RFC3463 },
  { code: 'X.1.1', reason: 'userunknown', source: RFC3463 },
  { code: 'X.1.2', reason: 'hostunknown', source: RFC3463 },
  { code: 'X.1.3', reason: 'userunknown', source: RFC3463 },
  { code: 'X.1.6', reason: 'hasmoved', source: RFC3463 },
  { code: 'X.1.7', reason: 'rejected', source: RFC3463 },
  { code: 'X.1.8', reason: 'rejected', source: RFC3463 },
  { code: 'X.1.9', reason: 'systemerror', source: 'RFC 3886 (IANA registry)' },
  { code: 'X.1.10', reason: 'notaccept', source: 'RFC 7505 (IANA registry)' },
  { code: 'X.2.0', reason: 'filtered', source: RFC3463 },
  { code: 'X.2.1', reason: 'suspend', source: RFC3463 },
  { code: 'X.2.2', reason: 'mailboxfull', source: RFC3463 },
  { code: 'X.2.3', reason: 'emailtoolarge', source: RFC3463 },
  { code: 'X.2.4', reason: 'filtered', source: RFC3463 },
  { code: 'X.3.0', reason: 'systemerror', source: RFC3463 },
  { code: 'X.3.1', reason: 'systemfull', source: RFC3463 },
  { code: 'X.3.2', reason: 'notaccept', source: RFC3463 },
  { code: 'X.3.3', reason: 'systemerror', source: RFC3463 },
  { code: 'X.3.4', reason: 'emailtoolarge', source: RFC3463 },
  { code: 'X.3.5', reason: 'systemerror', source: RFC3463 },
  { code: 'X.4.1', reason: 'expired', source: RFC3463 },
  { code: 'X.4.2', reason: 'networkerror', source: RFC3463 },
  { code: 'X.4.3', reason: 'systemerror', source: RFC3463 },
  { code: 'X.4.5', reason: 'systemfull', source: RFC3463 },
  { code: 'X.4.6', reason: 'networkerror', source: RFC3463 },
  { code: 'X.4.7', reason: 'expired', source: RFC3463 },
  { code: 'X.4.8', reason: 'networkerror', source: 'RFC 4468 (IANA registry)' },
  { code: 'X.5.2', reason: 'syntaxerror', source: RFC3463 },
  { code: 'X.5.3', reason: 'ratelimited', source: RFC3463 },
  { code: 'X.5.4', reason: 'systemerror', source: RFC3463 },
  { code: 'X.5.5', reason: 'systemerror', source: RFC3463 },
  { code: 'X.5.6', reason: 'syntaxerror', source: 'RFC 3030 (IANA registry)' },
  { code: 'X.7.13', reason: 'suspend', source: 'RFC 4954 (IANA registry): user account disabled' },
  { code: 'X.7.16', reason: 'emailtoolarge', source: 'RFC 4468 (IANA registry)' },
  { code: 'X.7.17', reason: 'hasmoved', source: 'RFC 4468 (IANA registry)' },
  { code: 'X.7.18', reason: 'hasmoved', source: 'RFC 4468 (IANA registry)' },
  { code: 'X.7.20', reason: 'authfailure', source: 'RFC 7372 (IANA registry): no passing DKIM signature' },
  { code: 'X.7.21', reason: 'authfailure', source: 'RFC 7372 (IANA registry)' },
  { code: 'X.7.22', reason: 'authfailure', source: 'RFC 7372 (IANA registry)' },
  { code: 'X.7.23', reason: 'authfailure', source: 'RFC 7372 (IANA registry): SPF validation failed' },
  { code: 'X.7.24', reason: 'authfailure', source: 'RFC 7372 (IANA registry): SPF validation error' },
  { code: 'X.7.25', reason: 'requireptr', source: 'RFC 7372 (IANA registry): reverse DNS validation failed' },
  { code: 'X.7.26', reason: 'authfailure', source: 'RFC 7372 (IANA registry): multiple authentication checks failed' },
  { code: 'X.7.27', reason: 'rejected', source: 'RFC 7505 (IANA registry): sender address has null MX' },
  { code: 'X.7.28', reason: 'spamdetected', source: 'RFC 8098 / IANA registry: mail flood detected' },
  { code: 'X.7.29', reason: 'authfailure', source: 'RFC 8617 (IANA registry): ARC validation failure' },
  { code: 'X.7.30', reason: 'failedstarttls', source: 'RFC 8689 (IANA registry): REQUIRETLS support required' },
  { code: 'X.7.57', reason: 'securityerror', source: `${MICROSOFT}: client was not authenticated to send anonymous mail` },
  { code: 'X.7.139', reason: 'securityerror', source: `${MICROSOFT}: SMTP AUTH disabled` },
  { code: 'X.7.509', reason: 'authfailure', source: `${MICROSOFT}: sending domain does not pass DMARC` },
  { code: 'X.7.511', reason: 'blocked', source: `${MICROSOFT}: banned sender` },
  { code: 'X.7.515', reason: 'authfailure', source: `${MICROSOFT}: high-volume sender authentication requirements` },
  { code: 'X.7.708', reason: 'badreputation', source: `${MICROSOFT}: traffic not accepted from this IP (an IP with no or a poor sending reputation; "Fix error code 5.7.700 through 5.7.750")` },
  { code: 'X.7.750', reason: 'blocked', source: `${MICROSOFT}: unregistered domain sending from this tenant` },
];

/** Ranges of detail numbers with one meaning, checked after the exact codes. */
export const STATUS_RANGES: Array<{ code: string; from: number; to: number; reason: Reason; source: string }> = [
  { code: '4.7.500-699', from: 500, to: 699, reason: 'ratelimited', source: `${MICROSOFT}: 4.7.500-699 "Server busy", a sending IP throttled while its volume builds up` },
  { code: 'X.7.600-649', from: 600, to: 649, reason: 'blocked', source: `${MICROSOFT}: banned sending IP` },
];

/** Reply codes that carry a meaning of their own. */
export const REPLY_CODES: Array<{ code: string; reason: Reason; source: string }> = [
  { code: '521', reason: 'notaccept', source: 'RFC 7504: host does not accept mail' },
  { code: '556', reason: 'notaccept', source: 'RFC 7504: domain does not accept mail' },
  { code: '525', reason: 'suspend', source: 'RFC 4954: user account disabled' },
];

/** Whole subjects: RFC 3463 §3.7 (security or policy status) and §3.6 (message content). */
export const STATUS_SUBJECTS: Array<{ code: string; reason: Reason; source: string }> = [
  { code: '4.7.X', reason: 'blocked', source: RFC3463 },
  { code: '5.7.X', reason: 'securityerror', source: RFC3463 },
  { code: 'X.6.X', reason: 'contenterror', source: RFC3463 },
];

