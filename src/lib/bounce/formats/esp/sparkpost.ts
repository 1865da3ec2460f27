/**
 * SparkPost (Bird) webhooks: a JSON array of {"msys": {"message_event": {"type": "bounce",
 * "rcpt_to": "a@b", "raw_reason": "550 5.1.1 …", "error_code": "550", "bounce_class": "10"}}}.
 * "delay" will be retried; "spam_complaint" (in "message_event") is a complaint.
 * Source: https://developers.sparkpost.com/api/webhooks/ (event types) and
 * https://support.sparkpost.com/docs/deliverability/bounce-classification-codes
 */
import { cleanAddress } from '../../addresses.ts';
import type { Reason } from '../../reasons.ts';
import { obj, str } from '../json.ts';
import { notice, type EspReader } from './event.ts';

/** Bounce classes with one documented meaning (the classification page above). */
const CLASS_HINTS: Record<string, Reason> = {
  '10': 'userunknown', '21': 'hostunknown', '22': 'mailboxfull', '23': 'emailtoolarge', '54': 'norelaying',
};
const FAILED = new Set(['bounce', 'out_of_band', 'policy_rejection', 'generation_failure', 'generation_rejection']);

export const sparkpost: EspReader = (payload) => {
  const msys = obj(payload.msys);
  if (!msys) return undefined;
  const event = obj(msys.message_event) ?? obj(msys.track_event) ?? obj(msys.unsubscribe_event);
  const kind = str(event?.type);
  const rcpt = str(event?.rcpt_to) ?? str(event?.raw_rcpt_to);
  if (!event || !kind || !rcpt) return notice([]);
  const address = cleanAddress(rcpt);
  if (kind === 'spam_complaint') return notice([], [{ address, type: str(event.fbtype)?.toLowerCase() ?? 'abuse' }]);
  if (kind !== 'delay' && !FAILED.has(kind)) return notice([]);
  const hint = CLASS_HINTS[str(event.bounce_class) ?? ''];
  return notice([{
    address,
    action: kind === 'delay' ? 'delayed' : 'failed',
    diagnostic: str(event.raw_reason) ?? str(event.reason),
    ...(hint ? { reasonHint: hint } : {}),
  }]);
};
