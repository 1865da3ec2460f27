/** The SMTP stage at which a server refused, as reports write it in words. */
import type { SmtpCommand } from './types.ts';

const PATTERNS: Array<[RegExp, SmtpCommand]> = [
  [/in reply to (?:the )?rcpt to\b|after rcpt to\b|\[rcpt_to\]|does not like recipient|did not like our rcpt|error following rcpt|rejected recipient/i, 'RCPT'],
  [/in reply to (?:the )?mail from\b|after mail from\b|\[mail_from\]|did not like our mail from|error following mail/i, 'MAIL'],
  [/in reply to (?:the )?(?:end of )?data\b|after (?:end of )?data\b|\[data\]|failed after i sent the message|did not like our data|message \(data\)/i, 'DATA'],
  [/after initial connection|refused to talk to me|while connected|greeting/i, 'CONN'],
  [/in reply to (?:the )?(?:ehlo|helo)\b|after (?:ehlo|helo)\b|performing the (?:ehlo|helo) handshake/i, 'EHLO'],
];

export function commandInText(text: string): SmtpCommand | undefined {
  for (const [pattern, command] of PATTERNS) {
    if (pattern.test(text)) return command;
  }
  return undefined;
}

/** The command of a transcript line such as ">>> RCPT To:<a@b>". */
export function commandOfLine(line: string): SmtpCommand | undefined {
  const verb = /^\s*([A-Za-z]{4})/.exec(line)?.[1]?.toUpperCase();
  if (verb === 'RCPT') return 'RCPT';
  if (verb === 'MAIL') return 'MAIL';
  if (verb === 'DATA' || verb === 'BDAT') return 'DATA';
  if (verb === 'EHLO' || verb === 'HELO') return 'EHLO';
  return undefined;
}
