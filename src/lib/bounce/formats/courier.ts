/**
 * The Courier mail server: each failed recipient, the host that answered, and the session:
 *    Your message to the following recipients cannot be delivered:
 *    <kijitora@example.org>:
 *        mx.example.org [192.0.2.1]:
 *    >>> RCPT TO:<kijitora@example.org>
 *    <<< 550 5.1.1 <kijitora@example.org>... User Unknown
 */
import { ADDRESS_SOURCE, cleanAddress } from '../addresses.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';
import { decisiveReply, remoteReplies } from './transcript.ts';

const START = /following recipients (?:cannot be delivered|has been delayed|is delayed)|running the courier mail server/i;
const RECIPIENT = new RegExp(`^<(${ADDRESS_SOURCE})>:\\s*$`);
const HOST = /^\s+([A-Za-z0-9.-]+\.[A-Za-z]{2,}) \[[^\]]+\]:?\s*$/;

export const courier: Extractor = ({ text, warning }) => {
  if (!START.test(text)) return [];
  const findings: Finding[] = [];
  let current: { finding: Finding; lines: string[] } | undefined;
  const close = (): void => {
    if (!current) return;
    const replies = remoteReplies(current.lines);
    const reply = decisiveReply(replies);
    const words = current.lines.filter((l) => l.trim() !== '' && !/^\s*(?:>>>|<<<)/.test(l) && !HOST.test(l)).map((l) => l.trim()).join(' ');
    current.finding.diagnostic = reply?.text ?? (words || undefined);
    current.finding.command = reply?.command;
    findings.push(current.finding);
    current = undefined;
  };
  for (const line of text.split('\n')) {
    const m = RECIPIENT.exec(line);
    if (m?.[1]) {
      close();
      current = { finding: { address: cleanAddress(m[1]), action: warning ? 'delayed' : 'failed' }, lines: [] };
      continue;
    }
    if (!current) continue;
    if (/^-{10,}/.test(line)) close();
    else {
      const host = HOST.exec(line)?.[1];
      if (host) current.finding.remoteMta = host;
      current.lines.push(line);
    }
  }
  close();
  return findings;
};
