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
import { commandInText } from '../command.ts';
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

/**
 * au's older notice ("Mail System Error - Returned Mail" from Postmaster@ezweb.ne.jp): one of
 * au's own sentences, and each recipient at the start of a line, alone or with the reply:
 *    The user(s) account is disabled.
 *
 *    <kijitora@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)
 * or "<kijitora@ezweb.ne.jp>" above "Each of the following recipients was rejected by a remote
 * mail server." The sentences and the layout are those Sisimai's Lhost::EZweb reads
 * (lib/sisimai/lhost/ezweb.rb, BSD 2-Clause); the returned message follows a line of dashes.
 */
const AU_SENTENCE = /^(?:the user\(s\) account is .{1,80}|your message was not delivered within .{1,80}|each of the following recipients was rejected by a remote(?: mail server\.?)?)$/i;
const AU_RECIPIENT = new RegExp(`^<(${ADDRESS_SOURCE})>(?::\\s*(.*))?$`);

export const ezweb: Extractor = ({ text, warning }) => {
  const lines = text.split('\n').map((l) => l.trim());
  const end = lines.findIndex((l) => /^-{20,}$/.test(l));
  const notice = end < 0 ? lines : lines.slice(0, end);
  const said = notice.filter((l) => AU_SENTENCE.test(l));
  if (said.length === 0) return [];
  const findings: Finding[] = [];
  for (const line of notice) {
    const m = AU_RECIPIENT.exec(line);
    if (!m?.[1]) continue;
    const reply = m[2]?.trim();
    findings.push({
      address: cleanAddress(m[1]),
      action: warning ? 'delayed' : 'failed',
      diagnostic: [reply, ...said].filter(Boolean).join(' '),
      ...(reply ? { command: commandInText(reply) } : {}),
    });
  }
  return findings;
};
