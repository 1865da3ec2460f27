/**
 * Verizon Wireless's mail-to-SMS/MMS gateways (vtext.com, vzwpix.com): an "Error:" line, then
 * either the returned message after "Original Message:" or its envelope after "Message details:"
 *    Error: No valid recipients for this MM
 *    Message details:
 *      Subject: …
 *      MAIL FROM: sender@example.com
 *      RCPT TO: 5551234567@vtext.com
 * The layout is that of Sisimai's Lhost::Verizon test mails.
 */
import { allAddresses } from '../addresses.ts';
import type { Extractor } from './context.ts';

export const verizon: Extractor = ({ text, warning }) => {
  const error = /^error:[ \t]*(.+)$/im.exec(text);
  const details = /^[ \t]*(message details|original message):[ \t]*$/im.exec(text);
  if (!error || !details || details.index < error.index) return [];
  const after = text.slice(details.index);
  const to = details[1]?.toLowerCase() === 'message details' ? /^[ \t]*rcpt to:[ \t]*(.+)$/im.exec(after) : /^[ \t]*to:[ \t]*(.+)$/im.exec(after);
  const addresses = to?.[1] ? allAddresses(to[1]) : [];
  const diagnostic = (error[1] ?? '').trim();
  return (addresses.length > 0 ? addresses : [undefined]).map((address) => ({ address, action: warning ? 'delayed' : 'failed', diagnostic }));
};
