/**
 * Reports that quote the SMTP session without Sendmail's section headers, e.g. au (ezweb):
 *    Recipient: <a@b>
 *    >>> MAIL FROM:<c@d>
 *    <<< 550 …
 */
import { ADDRESS_SOURCE, cleanAddress } from '../addresses.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';
import { decisiveReply, remoteReplies } from './transcript.ts';

const RECIPIENT = new RegExp(`recipient:\\s*<?(${ADDRESS_SOURCE})>?`, 'i');

export const session: Extractor = ({ text, warning }) => {
  if (!/^[ \t]*<<< /m.test(text)) return [];
  const lines = text.split('\n');
  const findings: Finding[] = [];
  let block: { address?: string; lines: string[] } | undefined;
  const close = (): void => {
    if (!block) return;
    const reply = decisiveReply(remoteReplies(block.lines));
    if (reply) findings.push({ address: block.address ?? reply.recipient, action: warning ? 'delayed' : 'failed', diagnostic: reply.text, command: reply.command });
    block = undefined;
  };
  for (const line of lines) {
    const m = RECIPIENT.exec(line);
    if (m?.[1]) {
      close();
      block = { address: cleanAddress(m[1]), lines: [] };
    } else {
      block ??= { lines: [] };
      block.lines.push(line);
    }
  }
  close();
  return findings;
};
