/**
 * Reports that give each rejected recipient as a "Recipient:" line and the server's answer as a
 * "Reason:" line (Mirapoint-style "Mail System Error - Returned Mail", used by Japanese ISPs,
 * often with a Japanese copy: "受取人:" and "原因:"):
 *    Recipient: <taro@example.ne.jp>
 *    Reason: <taro@example.ne.jp>... User unknown
 * Source of the layout: DTI's example at http://dream.jp/support/techinfo/mail/error/error05.html
 */
import { ADDRESS_SOURCE, cleanAddress, sameAddress } from '../addresses.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';

const RECIPIENT = new RegExp(`^[ \\t]*(?:recipient|受取人|受信者)[ \\t]*[:：][ \\t]*<?[ \\t]*(${ADDRESS_SOURCE})[ \\t]*>?[ \\t]*$`, 'i');
const REASON = /^[ \t]*(?:reason|原因)[ \t]*[:：][ \t]*(.+)$/i;

export const recipientReason: Extractor = ({ text, warning }) => {
  const findings: Finding[] = [];
  let current: Finding | undefined;
  for (const line of text.split('\n')) {
    const r = RECIPIENT.exec(line);
    if (r?.[1]) {
      const address = cleanAddress(r[1]);
      // The Japanese copy repeats the English one: keep the first reading of each address.
      current = findings.find((f) => sameAddress(f.address, address));
      if (!current) {
        current = { address, action: warning ? 'delayed' : 'failed' };
        findings.push(current);
      } else current = undefined;
      continue;
    }
    const reason = REASON.exec(line);
    if (reason?.[1] && current && !current.diagnostic) current.diagnostic = reason[1].trim();
  }
  return findings.some((f) => f.diagnostic) ? findings : [];
};
