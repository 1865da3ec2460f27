/**
 * Ipswitch (Progress) IMail Server: one "Reason: address" line per recipient, the remote
 * server's answer after "Body of message generated response:" or in an "SMTP error from
 * remote server" sentence, and "Original message follows." before the returned message:
 *    Unknown user: kijitora@example.com
 *    Body of message generated response:
 *    SMTP error from remote server for RCPT TO command, host: mx.example.org (192.0.2.1) reason: 550 5.1.1 User unknown
 */
import { ADDRESS_SOURCE, cleanAddress } from '../addresses.ts';
import { commandOfLine } from '../command.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';

const REASON_LINE = new RegExp(`^([A-Za-z][A-Za-z ]{2,60}):[ \\t]*<?(${ADDRESS_SOURCE})>?[ \\t]*$`);
const IMAIL_REASONS = /^(?:unknown user|delivery failed \d+ attempts|host unknown|user mailbox exceeded quota|request timed out)$/i;
const REMOTE = /smtp error from remote server for ([a-z ]+?) command, host: (\S+)[^\n]*?reason: ([^\n]+)/i;

export const imail: Extractor = ({ text, warning }) => {
  const generated = /^[ \t]*body of message generated response:/im.test(text);
  const findings: Finding[] = [];
  for (const line of text.split('\n')) {
    const m = REASON_LINE.exec(line.trim());
    // Without IMail's "generated response" heading, only its own reason words count.
    if (m?.[1] && m[2] && (generated ? !/^(?:from|to|cc|reply-to|sender|return-path)$/i.test(m[1]) : IMAIL_REASONS.test(m[1]))) {
      findings.push({ address: cleanAddress(m[2]), action: warning ? 'delayed' : 'failed', diagnostic: m[1] });
    }
  }
  const remote = REMOTE.exec(text);
  const response = /^[ \t]*body of message generated response:[ \t]*\n([^]*?)(?:\n[ \t]*\n|$)/im.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
  const said = remote?.[3]?.trim() ?? response;
  return findings.map((f) => ({
    ...f,
    diagnostic: said ? `${f.diagnostic}: ${said}` : f.diagnostic,
    command: remote ? commandOfLine(remote[1] ?? '') : undefined,
    remoteMta: remote?.[2],
  }));
};
