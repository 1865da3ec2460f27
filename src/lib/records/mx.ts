/**
 * MX record sets (RFC 5321 §5.1) and null MX (RFC 7505): one line per record, "preference host".
 */
import { parseIp } from './ip.ts';
import type { Finding, RecordReport, Term } from './types.ts';

const LINE = /^(\d+)\s+(\S+)$/;

/** Whether every non-empty line reads as "preference exchange". */
export function isMxSet(text: string): boolean {
  const lines = mxLines(text);
  return lines.length > 0 && lines.every((l) => LINE.test(l));
}

function mxLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/^\S+\s+(?:\d+\s+)?(?:IN\s+)?MX\s+/i, '').trim()).filter(Boolean);
}

export function lintMx(text: string): RecordReport {
  const findings: Finding[] = [];
  const terms: Term[] = [];
  const records = mxLines(text).map((l) => LINE.exec(l)!).map((m) => ({ preference: Number(m[1]), host: m[2]!.toLowerCase() }));
  const nullMx = records.filter((r) => r.host === '.');
  if (nullMx.length > 0) {
    if (records.length > 1) findings.push({ severity: 'problem', code: 'mx.null-with-others' });
    else if (nullMx[0]!.preference !== 0) findings.push({ severity: 'problem', code: 'mx.null-preference', values: { preference: nullMx[0]!.preference } });
    else findings.push({ severity: 'info', code: 'mx.null' });
  }
  for (const r of records) {
    if (r.preference > 65535) findings.push({ severity: 'problem', code: 'mx.bad-preference', values: { preference: r.preference } });
    if (parseIp(r.host.replace(/\.$/, ''))) findings.push({ severity: 'problem', code: 'mx.ip-address', values: { host: r.host } });
    terms.push({ text: `${r.preference} ${r.host}`, code: r.host === '.' ? 'mx.term.null' : 'mx.term.host', values: { preference: r.preference, host: r.host } });
  }
  return { kind: 'mx', findings, terms };
}
