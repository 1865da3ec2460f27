/**
 * Reports that list each recipient at the start of a line, followed by a colon and the reason,
 * on the same line or the lines below it. Postfix, qmail, Yahoo and OpenSMTPD write this way:
 *    <a@b>: host mx.b[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)
 *    <a@b>:
 *    192.0.2.1 does not like recipient.
 *    Remote host said: 550 5.1.1 User unknown
 */
import { ADDRESS_SOURCE, cleanAddress } from '../addresses.ts';
import { commandInText } from '../command.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';

const ADDRESS_LINE = new RegExp(
  // Continuation lines are indented (Postfix uses four spaces) and may start with an address too.
  `^[ \\t]{0,2}<?(${ADDRESS_SOURCE})>?(?:\\s*\\(expanded from:?\\s*<?[^)]{0,300}?>?\\))?\\s*:(?:\\s+(.*))?$`,
);

/** Words the reporting server adds around the remote server's answer. */
const WRAPPERS: RegExp[] = [
  /\bgiving up on [^\s]+\.?/gi,
  /\bi'm not going to try again; this message has been in the queue too long\.?/gi,
  /\b\S+ does not like recipient\.?/gi,
  /\b\S+ failed after i sent the message\.?/gi,
  /\bremote host said:\s*/gi,
  /^from: <[^>]*> rcpt: <[^>]*>\s*/i,
  /\bhost \S+ said:\s*/gi,
  /\(in reply to [^)]{1,40}\)/gi,
  /\[(?:rcpt_to|mail_from|data)\]/gi,
];

function unwrap(text: string): string {
  let out = text;
  for (const w of WRAPPERS) out = out.replace(w, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

export const addressBlocks: Extractor = ({ text, warning }) => {
  const lines = text.split('\n');
  const findings: Finding[] = [];
  let current: { finding: Finding; words: string[] } | undefined;
  const close = (): void => {
    if (!current) return;
    const raw = current.words.join(' ');
    current.finding.command = commandInText(raw);
    const host = /\bhost ([A-Za-z0-9.-]+\.[A-Za-z]{2,})\[/i.exec(raw)?.[1] ?? /(?:^|\s)([A-Za-z0-9.-]+\.[A-Za-z]{2,}) \[[\d.:a-f]+\] (?:does not like|failed after)/i.exec(raw)?.[1];
    if (host) current.finding.remoteMta = host;
    current.finding.diagnostic = unwrap(raw) || undefined;
    findings.push(current.finding);
    current = undefined;
  };
  for (const line of lines) {
    const m = ADDRESS_LINE.exec(line);
    if (m && m[1]) {
      close();
      current = { finding: { address: cleanAddress(m[1]), action: warning ? 'delayed' : 'failed' }, words: m[2] ? [m[2]] : [] };
      continue;
    }
    if (!current) continue;
    if (line.trim() === '' || /^\s*-{3,}/.test(line)) {
      // The reason may start on the line after a blank one ("<a@b>:\n\nreason"), but not end there.
      if (current.words.length > 0) close();
      continue;
    }
    current.words.push(line.trim());
  }
  close();
  return findings;
};
