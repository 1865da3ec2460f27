/**
 * The reason an enhanced status code stands for when the server's words say nothing more
 * specific (RFC 3463 and the IANA registry; Microsoft's extended codes where they are widely
 * seen). Checked after the phrases, because the same code means different things at
 * different providers.
 */
import type { Reason } from './reasons.ts';

const EXACT: Record<string, Reason> = {
  'X.1.0': 'userunknown', 'X.1.1': 'userunknown', 'X.1.2': 'hostunknown', 'X.1.3': 'userunknown',
  'X.1.6': 'hasmoved', 'X.1.7': 'rejected', 'X.1.8': 'rejected', 'X.1.9': 'systemerror', 'X.1.10': 'notaccept',
  'X.2.0': 'filtered', 'X.2.1': 'suspend', 'X.2.2': 'mailboxfull', 'X.2.3': 'emailtoolarge', 'X.2.4': 'filtered',
  'X.3.0': 'systemerror', 'X.3.1': 'systemfull', 'X.3.2': 'notaccept', 'X.3.3': 'systemerror',
  'X.3.4': 'emailtoolarge', 'X.3.5': 'systemerror',
  'X.4.1': 'expired', 'X.4.2': 'networkerror', 'X.4.3': 'systemerror', 'X.4.5': 'systemfull',
  'X.4.6': 'networkerror', 'X.4.7': 'expired', 'X.4.8': 'networkerror',
  'X.5.2': 'syntaxerror', 'X.5.3': 'ratelimited', 'X.5.4': 'systemerror', 'X.5.5': 'systemerror', 'X.5.6': 'syntaxerror',
  'X.7.13': 'suspend', 'X.7.16': 'emailtoolarge', 'X.7.17': 'hasmoved', 'X.7.18': 'hasmoved',
  'X.7.20': 'authfailure', 'X.7.21': 'authfailure', 'X.7.22': 'authfailure', 'X.7.23': 'authfailure',
  'X.7.24': 'authfailure', 'X.7.25': 'requireptr', 'X.7.26': 'authfailure', 'X.7.27': 'rejected',
  'X.7.28': 'spamdetected', 'X.7.29': 'authfailure', 'X.7.30': 'failedstarttls',
  // Microsoft: DMARC / sender authentication for high-volume senders, banned IPs, basic auth.
  'X.7.509': 'authfailure', 'X.7.515': 'authfailure', 'X.7.57': 'securityerror', 'X.7.139': 'securityerror',
  'X.7.708': 'blocked', 'X.7.750': 'blocked', 'X.7.511': 'blocked',
};

/** 4.4.4 is a temporary routing failure, 5.4.4 a domain that cannot be routed at all. */
const BY_CLASS: Record<string, Reason> = { '5.4.4': 'hostunknown', '4.4.4': 'networkerror', '5.4.0': 'networkerror' };

export function reasonFromStatus(status: string | undefined): Reason | undefined {
  if (!status) return undefined;
  if (status.startsWith('2.')) return 'delivered';
  const byClass = BY_CLASS[status];
  if (byClass) return byClass;
  const generic = 'X' + status.slice(1);
  const exact = EXACT[generic];
  if (exact) return exact;
  const [, subject, detail] = status.split('.');
  if (subject === '7' && Number(detail) >= 600 && Number(detail) <= 649) return 'blocked'; // Microsoft banned-IP range
  if (subject === '6') return 'contenterror';
  if (subject === '7' && status !== '4.7.0') return status.startsWith('4') ? 'blocked' : 'securityerror';
  return undefined;
}

/** Reply codes that carry a meaning of their own (RFC 5321, RFC 7504, RFC 3463 practice). */
export function reasonFromReply(reply: string | undefined): Reason | undefined {
  if (reply === '525') return 'suspend';
  if (reply === '521' || reply === '556') return 'notaccept';
  return undefined;
}
