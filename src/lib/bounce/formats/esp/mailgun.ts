/**
 * Mailgun webhooks and events API: {"signature": …, "event-data": {"event": "failed",
 * "severity": "permanent", "recipient": "a@b", "reason": "bounce", "delivery-status":
 * {"code": 550, "enhanced-code": "5.1.1", "message": "…", "description": "", "mx-host": "…"}}}.
 * A "temporary" failure will be retried; "complained" is a complaint.
 * Source: https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhook-payloads
 */
import { cleanAddress } from '../../addresses.ts';
import { obj, str } from '../json.ts';
import { notice, type EspReader } from './event.ts';

export const mailgun: EspReader = (payload) => {
  const event = obj(payload['event-data']) ?? payload;
  const kind = str(event.event);
  const recipient = str(event.recipient);
  if (!recipient || (kind !== 'failed' && kind !== 'complained' && kind !== 'rejected')) return undefined;
  const address = cleanAddress(recipient);
  if (kind === 'complained') return notice([], [{ address, type: 'abuse' }]);
  const status = obj(event['delivery-status']);
  const words = str(status?.message) || str(status?.description);
  const code = str(status?.code);
  const enhanced = str(status?.['enhanced-code']);
  const said = [code && code !== '0' && !words?.startsWith(code) ? code : '', enhanced && !words?.includes(enhanced) ? enhanced : '', words ?? '']
    .filter((p) => p).join(' ');
  return notice([{
    address,
    action: str(event.severity) === 'temporary' ? 'delayed' : 'failed',
    status: enhanced,
    diagnostic: said || undefined,
    remoteMta: str(status?.['mx-host']),
    // Mailgun did not try: the address is on its bounce, complaint or unsubscribe list.
    ...(/^suppress-/.test(str(event.reason) ?? '') && !words ? { reasonHint: 'suppressed' as const } : {}),
  }]);
};
