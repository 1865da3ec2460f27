/**
 * HCL (IBM, Lotus) Domino's delivery failure report:
 *    Your message
 *      Subject: …
 *    was not delivered to:
 *      kijitora@example.net
 *    because:
 *      User kijitora (kijitora@example.net) not listed in Domino Directory
 * (The older Notes form with "Failure Reasons" is notes.ts.)
 */
import { allAddresses } from '../addresses.ts';
import type { Extractor } from './context.ts';

const SHAPE = /was not delivered to:?[ \t]*\n([^]*?)\n[ \t]*because:?[ \t]*\n([^]*?)(?:\n[ \t]*\n|$)/i;

export const domino: Extractor = ({ text, warning }) => {
  const m = SHAPE.exec(text);
  if (!m) return [];
  const addresses = [...new Set(allAddresses(m[1] ?? ''))];
  const diagnostic = (m[2] ?? '').replace(/\s+/g, ' ').trim() || undefined;
  if (addresses.length === 0 && !diagnostic) return [];
  return (addresses.length > 0 ? addresses : [undefined]).map((address) => ({ address, action: warning ? 'delayed' : 'failed', diagnostic }));
};
