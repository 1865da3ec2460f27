/**
 * The SMTP stage at which a server refused, as MTAs write it around the reply. The same words
 * mean different things at different stages (decide.ts), so the stage is evidence of its own.
 */
import type { Stage } from './types.ts';

export interface StageWording {
  pattern: RegExp;
  stage: Stage;
  source: string;
}

const POSTFIX = 'Postfix smtp(8): "(in reply to … command)" (src/smtp/smtp_proto.c)';
const EXIM = 'Exim: "SMTP error from remote mail server after …" (Exim specification, smtp transport)';
// Exim writes "after pipelined MAIL FROM / RCPT TO / DATA / end of data" when the command was
// sent in a PIPELINING batch (RFC 2920); the stage is the same.
const QMAIL = 'qmail-remote: "Connected to … but …" and "… does not like recipient" (qmail-remote.c)';
const SENDMAIL = 'Sendmail: session transcript ("<<<" reply to ">>>" command) and "while talking to"';
const GMAIL_STATE = 'Gmail\'s older notices end the remote reply with "(state N)", N naming the SMTP command (as recorded in Sisimai lib/sisimai/lhost/gmail.rb, BSD 2-Clause); only the states whose recorded replies fit their command are used';

/** Checked in order: the first that matches names the stage. */
export const STAGE_WORDING: StageWording[] = [
  { pattern: /in reply to (?:the )?end of data\b|after (?:pipelined )?end of data\b|failed after i sent the message/i, stage: 'end-of-data', source: POSTFIX },
  { pattern: /in reply to (?:the )?rcpt to\b|after (?:pipelined )?rcpt to\b|\[rcpt_to\]|error following rcpt|rejected recipient/i, stage: 'rcpt', source: POSTFIX },
  { pattern: /does not like recipient|did not like our rcpt/i, stage: 'rcpt', source: QMAIL },
  { pattern: /in reply to (?:the )?mail from\b|after (?:pipelined )?mail from\b|\[mail_from\]|error following mail/i, stage: 'mail', source: POSTFIX },
  { pattern: /but sender was rejected|did not like our mail from/i, stage: 'mail', source: QMAIL },
  { pattern: /in reply to (?:the )?data\b|after (?:pipelined )?data\b|\[data\]|did not like our data|message \(data\)/i, stage: 'data', source: POSTFIX },
  { pattern: /smtp command:? data\b/i, stage: 'data', source: SENDMAIL },
  { pattern: /after initial connection|refused to talk to me|while connected|greeting/i, stage: 'connect', source: EXIM },
  { pattern: /in reply to (?:the )?(?:ehlo|helo)\b|after (?:ehlo|helo)\b|performing the (?:ehlo|helo) handshake/i, stage: 'ehlo', source: EXIM },
  { pattern: /but my name was rejected/i, stage: 'ehlo', source: QMAIL },
  { pattern: /in reply to (?:the )?auth\b|after auth\b/i, stage: 'auth', source: POSTFIX },
  { pattern: /\(state 1[578]\)/i, stage: 'data', source: GMAIL_STATE },
  { pattern: /\(state 14\)/i, stage: 'rcpt', source: GMAIL_STATE },
];

export function stageWordingIn(text: string): StageWording | undefined {
  return STAGE_WORDING.find((w) => w.pattern.test(text));
}
