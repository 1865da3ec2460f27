/**
 * BIMI assertion records at <selector>._bimi.<domain> (draft-brand-indicators-for-message-identification):
 * v=BIMI1; l= an HTTPS address of an SVG logo; a= an HTTPS address of the mark certificate (PEM).
 */
import { parseTags, tagValue } from './tags.ts';
import type { Finding, RecordReport, Term } from './types.ts';

export function isBimiRecord(text: string): boolean {
  return /^v\s*=\s*BIMI1\s*(;|$)/i.test(text);
}

export function lintBimi(text: string): RecordReport {
  const list = parseTags(text);
  const findings: Finding[] = [];
  if (list.malformed) findings.push({ severity: 'problem', code: 'bimi.syntax', position: list.malformed.position, values: { part: list.malformed.text } });
  const l = tagValue(list, 'l') ?? '';
  const a = tagValue(list, 'a') ?? '';
  if (l === '' && a === '') findings.push({ severity: 'info', code: 'bimi.declined' });
  else {
    if (l !== '' && !/^https:\/\/\S+\.svg$/i.test(l)) findings.push({ severity: 'problem', code: 'bimi.bad-logo', values: { value: l } });
    if (a !== '' && !/^https:\/\/\S+$/i.test(a)) findings.push({ severity: 'problem', code: 'bimi.bad-certificate', values: { value: a } });
    if (a === '') findings.push({ severity: 'info', code: 'bimi.no-certificate' });
    findings.push({ severity: 'info', code: 'bimi.needs-dmarc' });
  }
  const terms: Term[] = list.tags.map((t) => ({ text: `${t.name}=${t.value}`, code: ['v', 'l', 'a'].includes(t.name) ? `bimi.tag.${t.name}` : 'bimi.tag.unknown', values: { value: t.value, tag: t.name } }));
  return { kind: 'bimi', findings, terms };
}
