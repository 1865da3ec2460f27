/**
 * Resend webhooks: {"type": "email.bounced", "data": {"to": ["a@b"], "bounce": {"type":
 * "Permanent", "subType": "Suppressed", "message": "…"}}}; "email.delivery_delayed" will be
 * retried, "email.complained" is a complaint.
 * Source: https://resend.com/docs/dashboard/webhooks/event-types
 */
import { cleanAddress } from '../../addresses.ts';
import { list, obj, str } from '../json.ts';
import { notice, type EspReader } from './event.ts';

export const resend: EspReader = (event) => {
  const kind = str(event.type);
  const data = obj(event.data);
  if (!data || !kind?.startsWith('email.')) return undefined;
  const addresses = list(data.to).flatMap((a) => (typeof a === 'string' ? [cleanAddress(a)] : []));
  if (kind === 'email.complained') return notice([], addresses.map((address) => ({ address, type: 'abuse' })));
  if (kind !== 'email.bounced' && kind !== 'email.delivery_delayed') return notice([]);
  const bounce = obj(data.bounce);
  const diagnostic = str(bounce?.message);
  const suppressed = str(bounce?.subType) === 'Suppressed';
  return notice(addresses.map((address) => ({
    address,
    action: kind === 'email.delivery_delayed' ? 'delayed' : 'failed',
    diagnostic,
    ...(suppressed ? { reasonHint: 'suppressed' as const } : {}),
  })));
};
