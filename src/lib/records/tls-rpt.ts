/** SMTP TLS Reporting (RFC 8460): the TXT record at _smtp._tls.<domain>. */
import { parseTags, tagValue } from './tags.ts';
import type { Finding, RecordReport, Term } from './types.ts';

export function isTlsRptRecord(text: string): boolean {
  return /^v\s*=\s*TLSRPTv1\s*(;|$)/i.test(text);
}

export function lintTlsRpt(text: string): RecordReport {
  const list = parseTags(text);
  const findings: Finding[] = [];
  if (list.malformed) findings.push({ severity: 'problem', code: 'tls-rpt.syntax', position: list.malformed.position, values: { part: list.malformed.text } });
  const rua = tagValue(list, 'rua');
  if (!rua) findings.push({ severity: 'problem', code: 'tls-rpt.no-rua' });
  else {
    const bad = rua.split(',').map((u) => u.trim()).filter((u) => !/^mailto:[^@\s]+@[^@\s]+$/i.test(u) && !/^https:\/\/\S+$/i.test(u));
    if (bad.length > 0) findings.push({ severity: 'problem', code: 'tls-rpt.bad-uri', values: { value: bad.join(', ') } });
    else findings.push({ severity: 'info', code: 'tls-rpt.ok' });
  }
  const terms: Term[] = list.tags.map((t) => ({ text: `${t.name}=${t.value}`, code: t.name === 'v' || t.name === 'rua' ? `tls-rpt.tag.${t.name}` : 'tls-rpt.tag.unknown', values: { value: t.value, tag: t.name } }));
  return { kind: 'tls-rpt', findings, terms };
}
