/** Whether a text is a message or its header block (rather than a bounce's body, a line or a record). */
import { headerBlock, readFields } from './fields.ts';

/** Fields that only a message's trace or authentication part carries. */
const TRACE_FIELDS = new Set(['received', 'authentication-results', 'arc-authentication-results', 'dkim-signature', 'x-forefront-antispam-report', 'return-path']);

export function looksLikeHeaders(text: string): boolean {
  const fields = readFields(headerBlock(text.slice(0, 256 * 1024)));
  return fields.length >= 2 && fields.some((f) => TRACE_FIELDS.has(f.name));
}
