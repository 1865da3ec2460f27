/**
 * Sending services' notifications in JSON: webhook bodies, SNS mails, events a reader copied
 * from a dashboard. Envelopes around them are opened (an SNS notification's "Message" string,
 * a Lambda event's Records, an EventBridge "detail", Mandrill's "mandrill_events"), then each
 * object is offered to the services' readers in esp/, one file per service.
 */
import { isObject, jsonValuesIn, type Json } from './json.ts';
import type { EspNotice, EspReader } from './esp/event.ts';
import { mailgun } from './esp/mailgun.ts';
import { mailjet } from './esp/mailjet.ts';
import { mandrill } from './esp/mandrill.ts';
import { postmark } from './esp/postmark.ts';
import { resend } from './esp/resend.ts';
import { sendgrid } from './esp/sendgrid.ts';
import { ses } from './esp/ses.ts';
import { sparkpost } from './esp/sparkpost.ts';

const READERS: EspReader[] = [ses, mailgun, sparkpost, postmark, mandrill, resend, mailjet, sendgrid];

/** JSON nodes visited per text: enough for any real batch of events, cheap for hostile input. */
const MAX_NODES = 20_000;
const MAX_DEPTH = 8;

/** Fields whose string value is itself a JSON document. */
const ENCODED = new Set(['Message', 'message', 'mandrill_events', 'body', 'Body']);

function walk(value: Json, depth: number, found: EspNotice[], budget: { nodes: number }): void {
  if (--budget.nodes < 0 || depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) walk(item, depth + 1, found, budget);
    return;
  }
  if (!isObject(value)) return;
  for (const read of READERS) {
    const notice = read(value);
    if (notice) {
      found.push(notice);
      return;
    }
  }
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === 'string' && ENCODED.has(key) && /^\s*[[{]/.test(inner)) {
      for (const parsed of jsonValuesIn(inner)) walk(parsed, depth + 1, found, budget);
    } else if (typeof inner === 'object' && inner !== null) {
      walk(inner, depth + 1, found, budget);
    }
  }
}

/** All the notices in a text, merged; undefined when it holds none. */
export function readNotifications(text: string): EspNotice | undefined {
  if (!/[[{]/.test(text)) return undefined;
  const found: EspNotice[] = [];
  const budget = { nodes: MAX_NODES };
  for (const value of jsonValuesIn(text)) walk(value, 0, found, budget);
  if (found.length === 0) return undefined;
  const merged: EspNotice = { findings: found.flatMap((n) => n.findings), complaints: found.flatMap((n) => n.complaints) };
  const reportingMta = found.find((n) => n.reportingMta)?.reportingMta;
  if (reportingMta) merged.reportingMta = reportingMta;
  return merged.findings.length > 0 || merged.complaints.length > 0 ? merged : undefined;
}
