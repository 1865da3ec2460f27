/**
 * Splits a header block into fields and unfolds them (RFC 5322 §2.2.3): a line that begins with
 * a space or a tab continues the field above it.
 */
import { decodeWords } from 'postal-mime';

export interface HeaderField {
  /** Lower-case field name. */
  name: string;
  /** The unfolded value, as written (encoded words left alone). */
  value: string;
}

/** A pasted header block is rarely longer than this; a 10 MB body is not read. */
export const MAX_HEADER_CHARS = 512 * 1024;

const FIELD = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:(.*)$/;

/** The header block of a message (up to the first empty line), or the whole text if it is only headers. */
export function headerBlock(text: string): string {
  const normalised = text.slice(0, MAX_HEADER_CHARS * 2).replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  // Mail programs' "show original" views sometimes put blank lines or an mbox "From " line first.
  const start = normalised.replace(/^(?:[ \t]*\n)+/, '').replace(/^From [^\n]*\n/, '');
  const end = start.indexOf('\n\n');
  return (end < 0 ? start : start.slice(0, end)).slice(0, MAX_HEADER_CHARS);
}

/** The fields of a header block in order, topmost first, each unfolded. Lines that are no field are skipped. */
export function readFields(block: string): HeaderField[] {
  const fields: HeaderField[] = [];
  let current: HeaderField | undefined;
  for (const line of block.split('\n')) {
    if (/^[ \t]/.test(line) && current) {
      current.value += line;
      continue;
    }
    const match = FIELD.exec(line);
    current = match ? { name: match[1]!.toLowerCase(), value: match[2]! } : undefined;
    if (current) fields.push(current);
  }
  for (const field of fields) field.value = field.value.replace(/[ \t]+/g, ' ').trim();
  return fields;
}

/** Decodes RFC 2047 encoded words (any charset the platform's TextDecoder knows, ISO-2022-JP included). */
export function decodeEncodedWords(value: string): string {
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

/** Removes a leading "Name:" so that a field may be passed with or without its name. */
export function withoutName(value: string, names: RegExp): string {
  const unfolded = value.replace(/\r?\n[ \t]/g, ' ').replace(/\r?\n$/, '');
  const match = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/.exec(unfolded);
  return (match && names.test(match[1]!) ? unfolded.slice(match[0].length) : unfolded).trim();
}
