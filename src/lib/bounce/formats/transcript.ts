/**
 * SMTP session transcripts as Sendmail and others quote them: ">>> RCPT To:<a@b>" is what we
 * sent, "<<< 550 5.1.1 …" what the remote server answered (several lines when it continues).
 */
import { firstAddress } from '../addresses.ts';
import { commandOfLine } from '../command.ts';
import type { SmtpCommand } from '../types.ts';

export interface RemoteReply {
  command?: SmtpCommand;
  /** The recipient of the RCPT command that was answered, when the transcript shows it. */
  recipient?: string;
  text: string;
}

/** Replies that only follow from an earlier refusal and say nothing about the cause. */
const CONSEQUENTIAL = /^5\d\d[ -](?:[\d.]+ )?(?:need rcpt|rcpt first|no valid recipients|valid rcpt command must precede|bad sequence|all rcpt commands were rejected|.{0,20}need (?:mail|rcpt) (?:command|before)|error: need rcpt|error: no valid recipients)/i;

/** Sendmail's heading when it opens a connection ("... while talking to mx.example.org.:", deliver.c). */
const OPENED = /^(?:\.\.\. )?while talking to \S+:$/i;

export function remoteReplies(lines: string[]): RemoteReply[] {
  const replies: RemoteReply[] = [];
  let command: SmtpCommand | undefined;
  let recipient: string | undefined;
  let continues = false; // the last reply line ended with "NNN-", so the next one belongs to it
  for (const raw of lines) {
    const line = raw.trim();
    const sent = /^>>>\s?(.*)$/.exec(line);
    const got = /^<<<\s?(.*)$/.exec(line);
    if (OPENED.test(line)) {
      // A reply before any command of the new connection is its greeting (RFC 5321 §3.1).
      command = 'CONN';
      recipient = undefined;
    } else if (sent) {
      command = commandOfLine(sent[1] ?? '');
      if (command === 'RCPT') recipient = firstAddress(sent[1] ?? '');
    } else if (got) {
      const body = (got[1] ?? '').trim();
      const last = replies[replies.length - 1];
      if (continues && last) last.text += ' ' + body;
      else replies.push({ command, recipient, text: body });
    }
    continues = got !== null && /^\d{3}-/.test((got[1] ?? '').trim());
  }
  return replies;
}

/** The reply that explains the failure: the first permanent one, else the first temporary one. */
export function decisiveReply(replies: RemoteReply[]): RemoteReply | undefined {
  const meaningful = replies.filter((r) => /^[45]\d\d/.test(r.text) && !CONSEQUENTIAL.test(r.text));
  return meaningful.find((r) => r.text.startsWith('5')) ?? meaningful[0];
}
