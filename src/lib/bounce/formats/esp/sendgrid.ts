/**
 * Twilio SendGrid Event Webhook: a JSON array of events, one per recipient and event:
 *    {"email":"a@b","event":"bounce","type":"bounce","status":"5.1.1","reason":"550 5.1.1 …",
 *     "sg_event_id":"…","sg_message_id":"…"}
 * "deferred" events carry the server's words in "response"; "dropped" ones SendGrid's own reason
 * (it did not try, e.g. "Bounced Address"); "spamreport" is a complaint.
 * Source: https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event
 */
import { cleanAddress } from '../../addresses.ts';
import { str } from '../json.ts';
import { notice, type EspReader } from './event.ts';

const FAILED = new Set(['bounce', 'blocked', 'dropped']);

export const sendgrid: EspReader = (event) => {
  const kind = str(event.event);
  const email = str(event.email);
  if (!kind || !email || !('sg_event_id' in event || 'sg_message_id' in event || 'smtp-id' in event)) return undefined;
  const address = cleanAddress(email);
  if (kind === 'spamreport') return notice([], [{ address, type: 'abuse' }]);
  if (kind === 'deferred') return notice([{ address, action: 'delayed', diagnostic: str(event.response) ?? str(event.reason) }]);
  if (!FAILED.has(kind)) return notice([]);
  return notice([{
    address,
    action: 'failed',
    status: str(event.status),
    diagnostic: str(event.reason),
    ...(kind === 'dropped' ? { reasonHint: 'suppressed' as const } : {}),
  }]);
};
