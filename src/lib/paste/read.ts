/**
 * Reads whatever was pasted or dropped into the analyser, the way recognise() says it is; a
 * message that is both a bounce and a header block is read both ways.
 */
import { analyzeBounces, type BounceReport, type RecipientReport } from '../bounce/index.ts';
import { analyzeHeaders, looksLikeHeaders, type HeaderReport } from '../headers/index.ts';
import type { Lang } from '../taxonomy.ts';
import { readErrorLine } from './error-line.ts';
import { recordText } from './record-text.ts';

export type PasteReading =
  | { kind: 'record'; recordKind: string; record: string }
  | { kind: 'error-line'; line: RecipientReport }
  | { kind: 'headers'; headers: HeaderReport }
  /** One report per bounce: a mailbox, a digest or a forwarding message may hold several. */
  | { kind: 'bounce'; bounces: BounceReport[]; headers?: HeaderReport };

/** At most this many lines, none of them a header field, count as one error line (servers wrap a reply). */
const MAX_ERROR_LINES = 4;
const FIELD_LINE = /^[\x21-\x39\x3b-\x7e]+:/;

function errorLineOf(text: string): RecipientReport | null {
  if (text.length > 2000) return null;
  const lines = text.trim().split(/\r?\n/).filter((l) => l.trim());
  if (lines.length > MAX_ERROR_LINES || lines.filter((l) => FIELD_LINE.test(l)).length >= 2) return null;
  return readErrorLine(text);
}

export async function readPaste(raw: string | Uint8Array, lang: Lang): Promise<PasteReading> {
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw.subarray(0, 64 * 1024));
  const record = recordText(text);
  if (record) return { kind: 'record', recordKind: record.kind, record: record.record };
  const line = errorLineOf(text);
  if (line) return { kind: 'error-line', line };
  const bounces = await analyzeBounces(raw);
  if (!looksLikeHeaders(text)) return { kind: 'bounce', bounces };
  const headers = analyzeHeaders(raw, lang);
  return bounces.every((b) => b.kind === 'not-a-bounce') ? { kind: 'headers', headers } : { kind: 'bounce', bounces, headers };
}
