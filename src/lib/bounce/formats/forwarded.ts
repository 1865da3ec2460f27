/**
 * A bounce that a reader forwarded inline (to IT, who pasted that): the reader's note, a
 * forward marker, the bounce's own header block, then the bounce. Mail programs mark it as
 *    ---------- Forwarded message ---------          (Gmail)
 *    -------- Original Message --------              (Thunderbird; "-------- 転送メッセージ --------" in Japanese)
 *    Begin forwarded message:                        (Apple Mail)
 *    ----- Forwarded Message -----                   (Yahoo Mail)
 *    -----Original Message-----                      (Outlook)
 * or, in Outlook, with only the header block: "From: … Sent: … To: … Subject: …" (in
 * Japanese "差出人: … 送信日時: … 宛先: … 件名: …"), often after a line of underscores.
 * Servers use some of the same words to introduce the returned message, so a marker only counts
 * when the header block after it is a mail system's (its sender or subject says so).
 */
import { firstAddress, isSystemAddress } from '../addresses.ts';
import { BOUNCE_SUBJECT } from '../signals.ts';

const MARKER = /^[ \t>]*(?:-{2,}[ \t]*(?:forwarded message|original message|forwarded message follows|転送メッセージ|転送されたメッセージ|元のメッセージ)[ \t]*-{2,}|begin forwarded message:|_{10,})[ \t]*$/i;

/** Header names of a forwarded block, in the languages of the usual mail programs. */
const FROM = /^(?:from|von|de|da|差出人|送信者|発信者)$/i;
const SUBJECT = /^(?:subject|betreff|objet|asunto|oggetto|件名)$/i;
const BLOCK_FIELD = /^[ \t>]*(from|sent|date|to|cc|subject|von|gesendet|an|betreff|de|envoyé|à|objet|enviado el|para|asunto|da|inviato|oggetto|差出人|送信者|発信者|送信日時|日付|日時|宛先|件名)[ \t]*[:：][ \t]*(.*)$/i;

/** Forward markers looked at per text; more are not. */
const MAX_MARKERS = 10;

interface Block {
  /** Line index just after the header block. */
  end: number;
  fromsSystem: boolean;
  subjectSaysBounce: boolean;
  fields: number;
}

function headerBlock(lines: string[], start: number): Block {
  const block: Block = { end: start, fromsSystem: false, subjectSaysBounce: false, fields: 0 };
  let i = start;
  while (i < lines.length && (lines[i] ?? '').replace(/^[ \t>]*/, '') === '') i++;
  for (; i < lines.length && i < start + 16; i++) {
    const m = BLOCK_FIELD.exec(lines[i] ?? '');
    if (!m) break;
    const name = m[1] ?? '';
    const value = m[2] ?? '';
    block.fields++;
    if (FROM.test(name)) block.fromsSystem ||= isSystemAddress(firstAddress(value) ?? '') || /mail delivery (?:subsystem|system)|mailer-daemon|postmaster|microsoft outlook/i.test(value);
    if (SUBJECT.test(name)) block.subjectSaysBounce ||= BOUNCE_SUBJECT.test(value);
    block.end = i + 1;
  }
  return block;
}

/** Lines after a quoted forward, without one level of "> " quoting where it was added. */
function unquoted(lines: string[]): string[] {
  const quoted = lines.filter((l) => l.startsWith('>')).length;
  const nonEmpty = lines.filter((l) => l.trim() !== '').length;
  return quoted > nonEmpty / 2 ? lines.map((l) => l.replace(/^> ?/, '')) : lines;
}

/** The forwarded bounce inside a text, or the text itself when it forwards none. */
export function unwrapForwarded(text: string): string {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length && seen < MAX_MARKERS; i++) {
    const line = lines[i] ?? '';
    const isMarker = MARKER.test(line);
    const startsBlock = !isMarker && BLOCK_FIELD.test(line) && FROM.test(BLOCK_FIELD.exec(line)?.[1] ?? '');
    if (!isMarker && !startsBlock) continue;
    seen++;
    const block = headerBlock(lines, isMarker ? i + 1 : i);
    if (block.fields >= 2 && (block.fromsSystem || block.subjectSaysBounce)) {
      return unquoted(lines.slice(block.end)).join('\n');
    }
    if (block.end > i) i = block.end - 1;
  }
  return text;
}
