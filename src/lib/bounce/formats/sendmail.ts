/**
 * Sendmail's own format (also Sendmail 5 and servers that copy it):
 *    ----- The following addresses had permanent fatal errors -----
 *    <a@b>
 *        (reason: 550 5.1.1 User unknown)
 *    ----- Transcript of session follows -----
 *    ... while talking to mx.b.:
 *    >>> RCPT To:<a@b>
 *    <<< 550 5.1.1 <a@b>... User unknown
 */
import { ADDRESS_SOURCE, firstAddress, sameAddress } from '../addresses.ts';
import type { Finding } from '../types.ts';
import type { Extractor } from './context.ts';
import { commandOfLine } from '../command.ts';
import { decisiveReply, remoteReplies, type RemoteReply } from './transcript.ts';

const LIST_HEADER = /^\s*-{3,}\s*the following addresses? had (permanent fatal errors|transient non-fatal errors|delivery problems)/i;
const TRANSCRIPT_HEADER = /^\s*-{3,}\s*transcript of session follows/i;
const SECTION_END = /^\s*-{3,}/;
const LOCAL_RECIPIENT = new RegExp(`<?(${ADDRESS_SOURCE})>?\\.\\.\\. `);

interface Listed {
  address?: string;
  reason?: string;
}

function listedRecipients(lines: string[], from: number): Listed[] {
  const listed: Listed[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || SECTION_END.test(line)) break;
    const reason = /^\(reason:\s*(.*?)\)?$/i.exec(line);
    const last = listed[listed.length - 1];
    if (reason && last) last.reason = reason[1];
    else if (!/^\(expanded from/i.test(line)) listed.push({ address: firstAddress(line) });
  }
  return listed;
}

function transcriptLines(lines: string[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (SECTION_END.test(line)) break;
    out.push(line);
  }
  return out;
}

interface SessionRecipient {
  address: string;
  /** Sendmail's own line for the address ("554 <a@b>... 550 Host unknown"), when it wrote one. */
  text?: string;
  /** The line quotes a reply code of its own after the address. */
  quotesReply: boolean;
  /** The replies of the "While talking to" session the address was named in. */
  session: RemoteReply[];
}

/**
 * The recipients a transcript names, in order: the address of each ">>> RCPT To:" and of each
 * line Sendmail writes about one recipient ("550 <a@b>... User unknown"). Addresses inside
 * the remote server's replies ("<<< 501 <a@b>... no access") are left out: at MAIL FROM they
 * are the sender's.
 */
function sessionRecipients(session: string[]): SessionRecipient[] {
  const found: SessionRecipient[] = [];
  const blocks: string[][] = [[]];
  for (const l of session) {
    if (/^\s*(?:\.\.\. )?while talking to/i.test(l)) blocks.push([]);
    blocks[blocks.length - 1]!.push(l);
  }
  for (const block of blocks) {
    const replies = remoteReplies(block);
    for (const l of block) {
      if (/^\s*<<</.test(l)) continue;
      const sent = /^\s*>>>\s?(.*)$/.exec(l);
      const local = sent ? undefined : LOCAL_RECIPIENT.exec(l);
      const address = sent
        ? (commandOfLine(sent[1] ?? '') === 'RCPT' ? firstAddress(sent[1] ?? '') : undefined)
        : (local ? firstAddress(local[1] ?? '') : undefined);
      if (!address) continue;
      let entry = found.find((x) => sameAddress(x.address, address));
      if (!entry) {
        entry = { address, quotesReply: false, session: replies };
        found.push(entry);
      }
      if (local && entry.text === undefined) {
        entry.text = l.trim();
        entry.quotesReply = /\.\.\. [45]\d\d /.test(l);
      }
    }
  }
  return found;
}

export const sendmail: Extractor = ({ text, warning }) => {
  const lines = text.split('\n');
  const listAt = lines.findIndex((l) => LIST_HEADER.test(l));
  const transcriptAt = lines.findIndex((l) => TRANSCRIPT_HEADER.test(l));
  if (listAt < 0 && transcriptAt < 0) return [];

  const transient = listAt >= 0 && /transient/i.test(lines[listAt] ?? '');
  const listed = listAt >= 0 ? listedRecipients(lines, listAt + 1) : [];
  const session = transcriptAt >= 0 ? transcriptLines(lines, transcriptAt + 1) : [];
  const replies = remoteReplies(session);
  const remoteMta = /while talking to ([^\s:]+?)\.?:/i.exec(session.join('\n'))?.[1];
  const localWords = session
    .filter((l) => l.trim() !== '' && !/^\s*(?:>>>|<<<|\.\.\. while talking|while talking)/i.test(l))
    .map((l) => l.trim())
    .join(' ');

  // Without a list, the recipients are those of the transcript, in the order it names them.
  const named = listed.length === 0 ? sessionRecipients(session) : [];
  for (const r of named) listed.push({ address: r.address });
  if (listed.length === 0 && (replies.length > 0 || localWords)) listed.push({});

  return listed.map((entry): Finding => {
    const own = replies.filter((r) => sameAddress(r.recipient, entry.address));
    const line = named.find((r) => sameAddress(r.address, entry.address));
    // Sendmail's own line quoting a reply ("... 550 Host unknown") is this recipient's; a line
    // without one ("... Remote protocol error") points to the session it was written in.
    const reply = decisiveReply(own) ?? (line?.quotesReply ? undefined : decisiveReply(line?.session ?? []) ?? decisiveReply(replies));
    return {
      address: entry.address,
      action: transient || warning ? 'delayed' : 'failed',
      diagnostic: reply?.text ?? (line?.quotesReply ? line.text : undefined) ?? entry.reason ?? (localWords || undefined),
      command: reply?.command,
      remoteMta,
    };
  });
};
