/**
 * MTA-STS (RFC 8461): the TXT record at _mta-sts.<domain> and the policy file served from
 * https://mta-sts.<domain>/.well-known/mta-sts.txt. Both can be pasted.
 */
import { parseTags, tagValue } from './tags.ts';
import type { Finding, RecordReport, Term } from './types.ts';

/** RFC 8461 §3.2: max_age is at most 31557600 seconds (a year); weeks are recommended. */
const MAX_AGE_LIMIT = 31_557_600;
const SHORT_MAX_AGE = 86_400 * 7;

export function isMtaStsRecord(text: string): boolean {
  return /^v\s*=\s*STSv1\s*(;|$)/i.test(text);
}

export function isMtaStsPolicy(text: string): boolean {
  return /^version\s*:\s*STSv1\s*$/im.test(text);
}

export function lintMtaStsRecord(text: string): RecordReport {
  const list = parseTags(text);
  const findings: Finding[] = [];
  const id = tagValue(list, 'id');
  if (list.malformed) findings.push({ severity: 'problem', code: 'mta-sts.syntax', position: list.malformed.position, values: { part: list.malformed.text } });
  if (id === undefined) findings.push({ severity: 'problem', code: 'mta-sts.no-id' });
  else if (!/^[A-Za-z0-9]{1,32}$/.test(id)) findings.push({ severity: 'problem', code: 'mta-sts.bad-id', values: { value: id } });
  else findings.push({ severity: 'info', code: 'mta-sts.record-ok' });
  const terms: Term[] = list.tags.map((t) => ({ text: `${t.name}=${t.value}`, code: t.name === 'v' || t.name === 'id' ? `mta-sts.tag.${t.name}` : 'mta-sts.tag.unknown', values: { value: t.value, tag: t.name } }));
  return { kind: 'mta-sts', findings, terms };
}

export function lintMtaStsPolicy(text: string): RecordReport {
  const findings: Finding[] = [];
  const terms: Term[] = [];
  const fields = text.split(/\r?\n/).map((l) => /^\s*([a-z_]+)\s*:\s*(.*?)\s*$/i.exec(l)).filter((m): m is RegExpExecArray => m !== null).map((m) => ({ key: m[1]!.toLowerCase(), value: m[2]! }));
  const one = (key: string) => fields.find((f) => f.key === key)?.value;
  const mode = one('mode')?.toLowerCase();
  const maxAge = one('max_age');
  const mx = fields.filter((f) => f.key === 'mx');
  if (!mode || !['enforce', 'testing', 'none'].includes(mode)) findings.push({ severity: 'problem', code: 'mta-sts.bad-mode', values: { value: mode ?? '' } });
  else if (mode !== 'enforce') findings.push({ severity: mode === 'none' ? 'warning' : 'info', code: `mta-sts.mode-${mode}` });
  if (mode !== 'none' && mx.length === 0) findings.push({ severity: 'problem', code: 'mta-sts.no-mx' });
  if (maxAge === undefined || !/^\d{1,10}$/.test(maxAge) || Number(maxAge) > MAX_AGE_LIMIT) findings.push({ severity: 'problem', code: 'mta-sts.bad-max-age', values: { value: maxAge ?? '' } });
  else if (Number(maxAge) < SHORT_MAX_AGE && mode === 'enforce') findings.push({ severity: 'warning', code: 'mta-sts.short-max-age', values: { value: maxAge } });
  for (const f of fields) terms.push({ text: `${f.key}: ${f.value}`, code: ['version', 'mode', 'mx', 'max_age'].includes(f.key) ? `mta-sts.field.${f.key}` : 'mta-sts.field.unknown', values: { value: f.value, tag: f.key } });
  return { kind: 'mta-sts', findings, terms };
}
