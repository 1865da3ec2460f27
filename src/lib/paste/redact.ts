/**
 * What the analyser's "Something wrong or missing?" would send: the server's words, the codes and
 * our reading, with every address, host name and IP address of the paste replaced. The reader
 * sees exactly this text before choosing to send it; nothing is sent by the site itself.
 */
import type { RecipientReport } from '../bounce/index.ts';
import type { PasteReading } from './read.ts';

const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const IPV6 = /\b(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\b/gi;
/** A dotted name whose last label is letters: mx.example.com, example.co.jp (not 5.7.1, not a sentence's end). */
const HOST = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}\b/gi;

/** The text with addresses, IP addresses and host names replaced by what they were. */
export function redact(text: string): string {
  return text.replace(ADDRESS, '<address>').replace(IPV6, (m) => (m.includes('::') || m.split(':').length > 3 ? '<ip>' : m)).replace(IPV4, '<ip>').replace(HOST, '<host>');
}

const recipientLines = (r: RecipientReport): string[] => [
  `reason: ${r.reason}${r.caseSlug ? ` → ${r.caseSlug}` : ''}`,
  ...(r.status ? [`status: ${r.status}`] : []),
  ...(r.replyCode ? [`reply: ${r.replyCode}`] : []),
  ...(r.diagnostic ? [`server: ${redact(r.diagnostic)}`] : []),
  ...((r.decidedBy ?? []).map((d) => `decided by: ${d.kind} ${redact(d.detail)}`)),
];

/** The report of a reading, as plain text for an issue or an email. */
export function feedbackText(reading: PasteReading): string {
  switch (reading.kind) {
    case 'record':
      return `record (${reading.recordKind}): ${redact(reading.record)}`;
    case 'error-line':
      return ['error line', ...recipientLines(reading.line)].join('\n');
    case 'headers':
      return ['headers', ...reading.headers.findings.map((f) => `finding (${f.severity}): ${redact(f.text)}${f.caseSlug ? ` → ${f.caseSlug}` : ''}`)].join('\n');
    case 'bounce':
      return reading.bounces.map((b, i) => [`bounce ${i + 1} of ${reading.bounces.length}: ${b.kind}`, ...b.recipients.flatMap((r, n) => [`recipient ${n + 1}`, ...recipientLines(r)])].join('\n')).join('\n\n');
  }
}
