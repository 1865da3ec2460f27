/**
 * DMARC policy records (RFC 9989, May 2026, which obsoletes RFC 7489 and RFC 9091), with the
 * reporting addresses of RFC 9990. Findings are in plain words in the UI strings; this decides them.
 */
import { parseTags, tagValue } from './tags.ts';
import type { Finding, RecordReport, Term } from './types.ts';

const POLICIES = ['none', 'quarantine', 'reject'];
/** Tags RFC 9989 defines, with the check of their values. */
const TAG_VALUES: Record<string, (v: string) => boolean> = {
  v: (v) => v === 'DMARC1',
  p: (v) => POLICIES.includes(v.toLowerCase()),
  sp: (v) => POLICIES.includes(v.toLowerCase()),
  np: (v) => POLICIES.includes(v.toLowerCase()),
  psd: (v) => ['y', 'n', 'u'].includes(v.toLowerCase()),
  t: (v) => ['y', 'n'].includes(v.toLowerCase()),
  adkim: (v) => ['r', 's'].includes(v.toLowerCase()),
  aspf: (v) => ['r', 's'].includes(v.toLowerCase()),
  rua: (v) => reportUris(v).every(isMailto),
  ruf: (v) => reportUris(v).every(isMailto),
  fo: (v) => v.split(':').every((o) => ['0', '1', 'd', 's'].includes(o.trim().toLowerCase())),
};
/** Tags of RFC 7489 that RFC 9989 removed; receivers that still follow RFC 7489 read them. */
const REMOVED = ['pct', 'rf', 'ri'];

export function isDmarcRecord(text: string): boolean {
  return /^v\s*=\s*DMARC1\s*(;|$)/i.test(text);
}

export function lintDmarc(text: string): RecordReport {
  const list = parseTags(text);
  const findings: Finding[] = [];
  const terms: Term[] = [];
  if (list.malformed) findings.push({ severity: 'problem', code: 'dmarc.syntax', position: list.malformed.position, values: { part: list.malformed.text } });
  if (list.duplicate) findings.push({ severity: 'problem', code: 'dmarc.duplicate-tag', position: list.duplicate.position, values: { tag: list.duplicate.name } });
  if (list.tags[0]?.name !== 'v' || list.tags[0].value !== 'DMARC1') findings.push({ severity: 'problem', code: 'dmarc.version', position: 0 });

  for (const tag of list.tags) {
    const check = TAG_VALUES[tag.name];
    if (REMOVED.includes(tag.name)) {
      findings.push({ severity: 'warning', code: 'dmarc.removed-tag', position: tag.position, values: { tag: tag.name, value: tag.value } });
      terms.push({ text: `${tag.name}=${tag.value}`, code: `dmarc.tag.${tag.name}`, values: { value: tag.value } });
    } else if (!check) {
      findings.push({ severity: 'warning', code: 'dmarc.unknown-tag', position: tag.position, values: { tag: tag.name } });
      terms.push({ text: `${tag.name}=${tag.value}`, code: 'dmarc.tag.unknown', values: { tag: tag.name } });
    } else {
      if (!check(tag.value)) findings.push({ severity: 'problem', code: tag.name === 'rua' || tag.name === 'ruf' ? 'dmarc.bad-uri' : 'dmarc.bad-value', position: tag.position, values: { tag: tag.name, value: tag.value } });
      const values: Record<string, string> = { value: tag.value };
      if (['p', 'sp', 'np'].includes(tag.name) && check(tag.value)) values.policy = tag.value.toLowerCase();
      terms.push({ text: `${tag.name}=${tag.value}`, code: `dmarc.tag.${tag.name}`, values });
    }
  }

  const policy = tagValue(list, 'p')?.toLowerCase();
  const rua = tagValue(list, 'rua');
  if (policy === undefined || !POLICIES.includes(policy)) findings.push({ severity: 'warning', code: 'dmarc.no-policy' });
  else findings.push({ severity: policy === 'none' ? 'warning' : 'info', code: `dmarc.policy-${policy}` });
  if (tagValue(list, 't')?.toLowerCase() === 'y' && policy !== 'none') findings.push({ severity: 'info', code: 'dmarc.testing' });
  if (!rua) findings.push({ severity: 'warning', code: 'dmarc.no-rua' });
  else {
    const domains = [...new Set(reportUris(rua).filter(isMailto).map((u) => u.slice(u.lastIndexOf('@') + 1).replace(/!.*$/, '').toLowerCase()))];
    if (domains.length > 0) findings.push({ severity: 'info', code: 'dmarc.external-reports', values: { domains: domains.join(', ') } });
  }
  const sp = tagValue(list, 'sp')?.toLowerCase();
  if (policy && POLICIES.includes(policy) && sp && POLICIES.indexOf(sp) < POLICIES.indexOf(policy)) findings.push({ severity: 'warning', code: 'dmarc.weaker-subdomains', values: { sp, p: policy } });
  return { kind: 'dmarc', findings, terms };
}

function reportUris(value: string): string[] {
  return value.split(',').map((u) => u.trim()).filter(Boolean);
}

function isMailto(uri: string): boolean {
  return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(uri);
}
