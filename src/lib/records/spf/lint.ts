/** Findings about one SPF record as written: syntax, risky terms, and what it costs in DNS lookups. */
import type { Finding, RecordReport, Term } from '../types.ts';
import { LOOKUP_LIMIT } from './evaluate.ts';
import { parseSpf, type SpfRecord, type SpfTerm } from './parse.ts';

const QUALIFIER_RESULT = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' } as const;
const COSTS_LOOKUP = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

/** Terms of a record that cost a DNS lookup each (RFC 7208 §4.6.4); redirect counts only when it is used. */
export function ownLookups(record: SpfRecord): number {
  const hasAll = record.terms.some((t) => t.type === 'mechanism' && t.name === 'all');
  return record.terms.filter((t) => (t.type === 'mechanism' && COSTS_LOOKUP.has(t.name)) || (t.type === 'modifier' && t.name === 'redirect' && !hasAll)).length;
}

export function lintSpf(text: string): RecordReport {
  const parsed = parseSpf(text);
  if (!parsed.ok) {
    const { code, position, term } = parsed.error;
    return { kind: 'spf', findings: [{ severity: 'problem', code, position, values: { term, position: position + 1 } }], terms: [] };
  }
  const record = parsed.record;
  const findings: Finding[] = [];
  const mechanisms = record.terms.filter((t) => t.type === 'mechanism');
  const allIndex = mechanisms.findIndex((t) => t.name === 'all');
  const all = mechanisms[allIndex];

  if (all?.qualifier === '+') findings.push({ severity: 'problem', code: 'spf.plus-all', position: all.position, values: { term: all.text } });
  if (all?.qualifier === '?') findings.push({ severity: 'warning', code: 'spf.neutral-all', position: all.position });
  if (all && allIndex < mechanisms.length - 1) findings.push({ severity: 'warning', code: 'spf.after-all', position: mechanisms[allIndex + 1]!.position, values: { term: mechanisms[allIndex + 1]!.text } });
  if (all && record.redirect) findings.push({ severity: 'warning', code: 'spf.redirect-with-all', position: record.redirect.position, values: { term: record.redirect.text } });
  if (!all && !record.redirect) findings.push({ severity: 'warning', code: 'spf.no-all' });
  for (const t of mechanisms.filter((m) => m.name === 'ptr')) findings.push({ severity: 'warning', code: 'spf.ptr', position: t.position, values: { term: t.text } });
  for (const t of record.terms) {
    if (t.type === 'modifier' && t.name !== 'redirect' && t.name !== 'exp') findings.push({ severity: 'warning', code: 'spf.unknown-modifier', position: t.position, values: { term: t.text } });
  }
  const lookups = ownLookups(record);
  if (lookups > LOOKUP_LIMIT) findings.push({ severity: 'problem', code: 'spf.lookups-over-own', values: { count: lookups } });
  else findings.push({ severity: 'info', code: 'spf.lookups-own', values: { count: lookups } });

  return { kind: 'spf', findings, terms: [{ text: 'v=spf1', code: 'spf.term.version' }, ...record.terms.map(explainTerm)] };
}

function explainTerm(term: SpfTerm): Term {
  if (term.type === 'modifier') {
    const code = term.name === 'redirect' || term.name === 'exp' ? `spf.term.${term.name}` : 'spf.term.modifier';
    return { text: term.text, code, values: { domain: term.value, name: term.name } };
  }
  const values: Record<string, string | number> = { result: QUALIFIER_RESULT[term.qualifier] };
  if (term.domain) values.domain = term.domain;
  if (term.network) values.network = term.text.slice(term.text.indexOf(':') + 1);
  const defaultDomain = (term.name === 'a' || term.name === 'mx' || term.name === 'ptr') && !term.domain;
  return { text: term.text, code: `spf.term.${term.name}${defaultDomain ? '-self' : ''}`, values };
}
