/**
 * Amazon SES notifications (by SNS, e-mail or event publishing):
 *    {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General",
 *      "bouncedRecipients":[{"emailAddress":"a@b","action":"failed","status":"5.1.1",
 *      "diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"reportingMTA":"dsn; a1.smtp-out.amazonses.com"}}
 * also "Complaint" (complainedRecipients), "DeliveryDelay" (delayedRecipients) and "Delivery".
 * Source: https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html
 */
import { cleanAddress } from '../../addresses.ts';
import type { Reason } from '../../reasons.ts';
import type { Finding } from '../../types.ts';
import { list, obj, str, type Json } from '../json.ts';
import { diagnosticOf, notice, type EspReader } from './event.ts';

/**
 * Bounce subtypes whose meaning SES documents ("Bounce types" in the page above); they stand
 * in for the server's words when SES gives none (it refused the address itself).
 */
const SUBTYPE_HINTS: Record<string, Reason> = {
  NoEmail: 'userunknown',
  Suppressed: 'suppressed',
  OnAccountSuppressionList: 'suppressed',
  MailboxFull: 'mailboxfull',
  MessageTooLarge: 'emailtoolarge',
};

function hostOf(value: Json | undefined): string | undefined {
  return str(value)?.replace(/^[\w-]+;\s*/, '').split(/\s/)[0] || undefined;
}

function recipients(value: Json | undefined, action: string, hint?: Reason): Finding[] {
  return list(value).flatMap((r): Finding[] => {
    const o = obj(r);
    const address = str(o?.emailAddress) ?? (typeof r === 'string' ? r : undefined);
    if (!address) return [];
    const finding: Finding = { address: cleanAddress(address), action: str(o?.action)?.toLowerCase() ?? action, ...diagnosticOf(str(o?.diagnosticCode)) };
    const status = str(o?.status);
    if (status) finding.status = status;
    if (hint && !finding.diagnostic) finding.reasonHint = hint;
    return [finding];
  });
}

export const ses: EspReader = (event) => {
  const type = str(event.notificationType) ?? str(event.eventType);
  const bounce = obj(event.bounce);
  if (type === 'Bounce' && bounce) {
    const found = recipients(bounce.bouncedRecipients, 'failed', SUBTYPE_HINTS[str(bounce.bounceSubType) ?? '']);
    const remoteMta = hostOf(bounce.remoteMtaIp);
    return { ...notice(remoteMta ? found.map((f) => ({ ...f, remoteMta })) : found), reportingMta: hostOf(bounce.reportingMTA) };
  }
  const complaint = obj(event.complaint);
  if (type === 'Complaint' && complaint) {
    const kind = str(complaint.complaintFeedbackType)?.toLowerCase() ?? 'abuse';
    return notice([], list(complaint.complainedRecipients).map((r) => {
      const address = str(obj(r)?.emailAddress);
      return { address: address ? cleanAddress(address) : undefined, type: kind };
    }));
  }
  const delay = obj(event.deliveryDelay);
  if (type === 'DeliveryDelay' && delay) {
    const found = recipients(delay.delayedRecipients, 'delayed');
    const remoteMta = hostOf(delay.reportingMTA);
    return notice(found.map((f) => ({ ...f, action: 'delayed', ...(remoteMta ? { remoteMta } : {}) })));
  }
  const delivery = obj(event.delivery);
  if (type === 'Delivery' && delivery) {
    const said = str(delivery.smtpResponse);
    return notice(list(delivery.recipients).flatMap((r) => (typeof r === 'string' ? [{ address: cleanAddress(r), action: 'delivered', ...(said ? { diagnostic: said } : {}) }] : [])));
  }
  return undefined;
};

