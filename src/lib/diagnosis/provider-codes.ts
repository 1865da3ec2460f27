/**
 * Providers that put their own error codes in the reply; the code says more than the words
 * ("sender rejected" at Cox may mean a blocklisted IP). From the providers' error-code pages:
 * Cox (cox.com postmaster), Spectrum/Charter (spectrum.net "understanding email error codes").
 */
import type { Reason } from './types.ts';

const COX: Record<string, Reason> = {
  cxbl: 'blocked', cdrbl: 'blocked', cxdns: 'requireptr', cxsndr: 'authfailure', cxsmtp: 'rejected',
  cxcnct: 'ratelimited', cxmxrt: 'ratelimited', cxthrt: 'securityerror', cxmj: 'securityerror',
};

/** Spectrum "AUP#I1310": inclusive ranges of the four-digit number. */
const SPECTRUM: Array<[number, number, Reason]> = [
  [1000, 1000, 'blocked'], [1010, 1090, 'rejected'], [1100, 1150, 'requireptr'], [1160, 1190, 'policyviolation'],
  [1200, 1250, 'blocked'], [1260, 1260, 'networkerror'], [1300, 1340, 'ratelimited'], [1350, 1490, 'ratelimited'],
  [1500, 1520, 'rejected'], [1530, 1530, 'emailtoolarge'], [1540, 1550, 'ratelimited'], [1560, 1560, 'policyviolation'],
  [1580, 1580, 'ratelimited'],
];

export const COX_SOURCE = 'Cox: Email error codes (postmaster), https://www.cox.com/residential/support/email-error-codes.html';
export const SPECTRUM_SOURCE = 'Spectrum: Understanding email error codes, https://www.spectrum.net/support/internet/understanding-email-error-codes';

export interface ProviderCode {
  provider: 'Cox' | 'Spectrum';
  /** The code as written after "AUP#". */
  code: string;
  reason: Reason;
  source: string;
}

/** Looks for a Cox or Spectrum "AUP#" code in matchable() text. */
export function providerCodeIn(text: string): ProviderCode | undefined {
  const aup = /aup#([a-z]{0,3})-?(\d{4}|[a-z]{2,8}\d{0,5})\b/.exec(text);
  if (!aup) return undefined;
  const [, prefix = '', code = ''] = aup;
  if (/^\d{4}$/.test(code)) {
    const n = Number(code);
    const reason = SPECTRUM.find(([from, to]) => n >= from && n <= to)?.[2];
    return reason ? { provider: 'Spectrum', code: prefix + code, reason, source: SPECTRUM_SOURCE } : undefined;
  }
  const name = prefix + code;
  const reason = /^ipbl\d+$/.test(name) ? 'blocked' : /^urlbl\d+$/.test(name) ? 'spamdetected' : COX[name];
  return reason ? { provider: 'Cox', code: name, reason, source: COX_SOURCE } : undefined;
}
