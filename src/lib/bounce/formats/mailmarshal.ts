/**
 * Trustwave MailMarshal SMTP:
 *    Your message:
 *       From:    sender@example.com
 *       Subject: …
 *    Could not be delivered because of
 *    550 5.1.1 User unknown
 *    The following recipients were affected:
 *        kijitora@example.org
 *    Additional Information
 *    ======================
 *    Remote-MTA:   <203.0.113.2>
 */
import { allAddresses } from '../addresses.ts';
import type { Extractor } from './context.ts';

const SHAPE = /could not be delivered because of\s*\n([^]*?)\n\s*the following recipients were affected:\s*\n([^]*?)(?:\n\s*\n|$)/i;

export const mailmarshal: Extractor = ({ text, warning }) => {
  const m = SHAPE.exec(text);
  if (!m) return [];
  const diagnostic = (m[1] ?? '').replace(/\s+/g, ' ').trim() || undefined;
  const remoteMta = /^[ \t]*remote-mta:[ \t]*<?([^>\s]+)>?/im.exec(text)?.[1];
  return allAddresses(m[2] ?? '').map((address) => ({ address, action: warning ? 'delayed' : 'failed', diagnostic, remoteMta }));
};
