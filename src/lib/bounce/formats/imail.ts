/**
 * Ipswitch (Progress) IMail Server: one "Reason: address" or "undeliverable to address" line per
 * recipient, then the remote server's answer under "Body of message generated response:", whose
 * wording names the SMTP stage; "Original message follows." starts the returned message.
 *    Unknown user: kijitora@example.com
 *    Body of message generated response:
 *    Additional RCPT TO generated following response:
 *    550 5.1.1 <kijitora@example.com>... User unknown
 * Source of the layout and the stage wording: Sisimai's Lhost::IMailServer.
 */
import { ADDRESS_SOURCE, cleanAddress } from '../addresses.ts';
import type { Finding, SmtpCommand } from '../types.ts';
import type { Extractor } from './context.ts';

const REASON_LINE = new RegExp(`^([A-Za-z][A-Za-z0-9 ]{2,60}):[ \\t]*<?(${ADDRESS_SOURCE})>?[ \\t]*$`);
const UNDELIVERABLE = new RegExp(`^undeliverable to <?(${ADDRESS_SOURCE})>?`, 'i');
const GENERATED = /^[ \t]*body of message generated response:/im;
const IMAIL_REASONS = /^(?:unknown user|invalid final delivery userid|user mailbox exceeds allowed size|unknown host|delivery failed \d+ attempts)$/i;

const STAGES: Array<[RegExp, SmtpCommand]> = [
  [/smtp connection failed,|unexpected connection response from server:/i, 'CONN'],
  [/unexpected response to ehlo\/helo:/i, 'EHLO'],
  [/server response to mail from:/i, 'MAIL'],
  [/additional rcpt to generated following response:/i, 'RCPT'],
  [/data command generated response:/i, 'DATA'],
];

export const imail: Extractor = ({ text, warning }) => {
  const generated = GENERATED.exec(text);
  const findings: Finding[] = [];
  for (const line of (generated ? text.slice(0, generated.index) : text).split('\n')) {
    const reason = REASON_LINE.exec(line.trim());
    const undeliverable = UNDELIVERABLE.exec(line.trim());
    // Without IMail's "generated response" heading, only its own reason words count.
    if (reason?.[1] && reason[2] && (generated ? !/^(?:from|to|cc|reply-to|sender|return-path)$/i.test(reason[1]) : IMAIL_REASONS.test(reason[1]))) {
      findings.push({ address: cleanAddress(reason[2]), action: warning ? 'delayed' : 'failed', diagnostic: reason[1] });
    } else if (undeliverable?.[1] && generated) {
      findings.push({ address: cleanAddress(undeliverable[1]), action: warning ? 'delayed' : 'failed' });
    }
  }
  const response = generated ? text.slice(generated.index + generated[0].length).split(/\n[ \t]*\n/)[0]?.replace(/\s+/g, ' ').trim() : undefined;
  const command = response ? STAGES.find(([pattern]) => pattern.test(response))?.[1] : undefined;
  return findings.map((f) => ({
    ...f,
    diagnostic: [f.diagnostic, response].filter((p) => p).join(': ') || undefined,
    ...(command ? { command } : {}),
  }));
};
