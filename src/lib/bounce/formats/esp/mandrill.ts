/**
 * Mailchimp Transactional (Mandrill) webhooks: "mandrill_events", a JSON array of
 * {"event": "hard_bounce", "msg": {"email": "a@b", "diag": "smtp;550 5.1.1 …",
 * "bounce_description": "bad_mailbox"}}; "soft_bounce" will be retried, "spam" is a complaint.
 * Source: https://mailchimp.com/developer/transactional/docs/webhooks/
 */
import { cleanAddress } from '../../addresses.ts';
import { obj, str } from '../json.ts';
import { diagnosticOf, notice, type EspReader } from './event.ts';

export const mandrill: EspReader = (event) => {
  const kind = str(event.event);
  const msg = obj(event.msg);
  const email = str(msg?.email);
  if (!msg || !email || !kind || !['hard_bounce', 'soft_bounce', 'reject', 'spam', 'deferral'].includes(kind)) return undefined;
  const address = cleanAddress(email);
  if (kind === 'spam') return notice([], [{ address, type: 'abuse' }]);
  const diagnostic = diagnosticOf(str(msg.diag));
  return notice([{
    address,
    action: kind === 'soft_bounce' || kind === 'deferral' ? 'delayed' : 'failed',
    ...diagnostic,
    ...(kind === 'reject' && !diagnostic.diagnostic ? { reasonHint: 'suppressed' as const } : {}),
  }]);
};
