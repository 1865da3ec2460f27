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
import { decisiveReply, remoteReplies } from './transcript.ts';

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

  if (listed.length === 0) {
    for (const r of replies) if (r.recipient && !listed.some((l) => sameAddress(l.address, r.recipient))) listed.push({ address: r.recipient });
    for (const l of session) {
      const address = LOCAL_RECIPIENT.exec(l)?.[1];
      if (address && !/^\s*>>>/.test(l) && !listed.some((x) => sameAddress(x.address, address))) listed.push({ address: firstAddress(address) });
    }
    if (listed.length === 0 && (replies.length > 0 || localWords)) listed.push({});
  }

  return listed.map((entry): Finding => {
    const own = replies.filter((r) => sameAddress(r.recipient, entry.address));
    const reply = decisiveReply(own) ?? decisiveReply(replies);
    return {
      address: entry.address,
      action: transient || warning ? 'delayed' : 'failed',
      diagnostic: reply?.text ?? entry.reason ?? (localWords || undefined),
      command: reply?.command,
      remoteMta,
    };
  });
};
