/**
 * Mailjet event API: {"event": "bounce", "email": "a@b", "mj_campaign_id": 0, "hard_bounce": true,
 * "error_related_to": "recipient", "error": "user unknown", "comment": "<the server's words>"};
 * "blocked" (Mailjet did not send), "spam" (a complaint).
 * Source: https://dev.mailjet.com/email/guides/webhooks/
 */
import { cleanAddress } from '../../addresses.ts';
import { str } from '../json.ts';
import { notice, type EspReader } from './event.ts';

export const mailjet: EspReader = (event) => {
  const kind = str(event.event);
  const email = str(event.email);
  if (!kind || !email || !('mj_campaign_id' in event || 'mj_contact_id' in event || 'error_related_to' in event)) return undefined;
  const address = cleanAddress(email);
  if (kind === 'spam') return notice([], [{ address, type: 'abuse' }]);
  if (kind !== 'bounce' && kind !== 'blocked') return notice([]);
  // "comment" carries the remote server's words when there were any; "error" is Mailjet's label.
  const said = [str(event.comment), str(event.error)].filter((p) => p).join(' — ');
  return notice([{ address, action: event.hard_bounce === false ? 'delayed' : 'failed', diagnostic: said || undefined }]);
};
