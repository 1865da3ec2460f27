/**
 * Postmark bounce webhooks and bounce API records: {"RecordType": "Bounce", "Type": "HardBounce",
 * "TypeCode": 1, "Email": "a@b", "Details": "smtp;550 5.1.1 …", "Description": "…"}; a
 * "SpamComplaint" record is a complaint. Types that are no failure (Subscribe, AutoResponder …)
 * give nothing.
 * Source: https://postmarkapp.com/developer/webhooks/bounce-webhook and
 * https://postmarkapp.com/developer/api/bounce-api#bounce-types
 */
import { cleanAddress } from '../../addresses.ts';
import type { Reason } from '../../reasons.ts';
import { str } from '../json.ts';
import { diagnosticOf, notice, type EspReader } from './event.ts';

/** Postmark's bounce types that say what failed, in Postmark's documented meaning. */
const TYPE_HINTS: Record<string, Reason> = {
  SpamNotification: 'spamdetected',
  VirusNotification: 'virusdetected',
  BadEmailAddress: 'syntaxerror',
  ManuallyDeactivated: 'suppressed',
  AddressChange: 'hasmoved',
};
const FAILURES = new Set(['HardBounce', 'SoftBounce', 'Transient', 'DnsError', 'Unknown', 'Blocked', 'SMTPApiError', 'DMARCPolicy', ...Object.keys(TYPE_HINTS)]);

export const postmark: EspReader = (record) => {
  const type = str(record.Type);
  const email = str(record.Email);
  if (!email || (str(record.RecordType) !== 'Bounce' && str(record.RecordType) !== 'SpamComplaint' && !('TypeCode' in record && 'BouncedAt' in record))) {
    return undefined;
  }
  const address = cleanAddress(email);
  if (str(record.RecordType) === 'SpamComplaint' || type === 'SpamComplaint') return notice([], [{ address, type: 'abuse' }]);
  if (!type || !FAILURES.has(type)) return notice([]);
  const details = diagnosticOf(str(record.Details));
  const hint = TYPE_HINTS[type];
  return notice([{ address, action: type === 'Transient' ? 'delayed' : 'failed', ...details, ...(hint ? { reasonHint: hint } : {}) }]);
};
