/**
 * au by KDDI's own notice (ezweb.ne.jp, au.com): per recipient, the date, the address and the
 * reason, indented:
 *    Your mail sent on: Thu, 29 Apr 2010 11:04:47 +0900
 *        Could not be delivered to: <kijitora@ezweb.ne.jp>
 *        As their mailbox is full.
 * ("Your mail attempted to be delivered on:" for delays.) The layout is that of Sisimai's
 * Lhost::KDDI test mails.
 */
import { ADDRESS_SOURCE, cleanAddress } from '../addresses.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';

const START = /^your mail (?:sent|attempted to be delivered) on:/im;
const RECIPIENT = new RegExp(`could not be delivered to:\\s*<(${ADDRESS_SOURCE})>`, 'i');

export const kddi: Extractor = ({ text, warning }) => {
  const start = START.exec(text);
  if (!start) return [];
  const findings: Finding[] = [];
  let words: string[] = [];
  const close = (): void => {
    const last = findings[findings.length - 1];
    if (last && words.length > 0) last.diagnostic = words.join(' ');
    words = [];
  };
  for (const line of text.slice(start.index).split('\n')) {
    const m = RECIPIENT.exec(line);
    if (m?.[1]) {
      close();
      findings.push({ address: cleanAddress(m[1]), action: warning || /attempted to be delivered/i.test(start[0]) ? 'delayed' : 'failed' });
    } else if (/^[ \t]+\S/.test(line) && findings.length > 0) {
      words.push(line.trim());
    } else if (START.test(line)) {
      close();
    }
  }
  close();
  return findings;
};
