/**
 * The optional domain lookup: which names it asks (said to the reader before it runs), and the
 * records found, each read by lintRecord(), with the SPF include tree.
 */
import { lintDkim } from './dkim.ts';
import { lintRecord } from './lint.ts';
import { LOOKUP_LIMIT } from './spf/evaluate.ts';
import { isSpfRecord } from './spf/parse.ts';
import { costliestChain, spfTree, type SpfNode } from './spf/tree.ts';
import type { DnsAnswer, DnsRecordType, DnsResolver, Finding, RecordReport } from './types.ts';

export interface PlannedQuery {
  name: string;
  type: DnsRecordType;
  /** What the answer is for: a UI string key (records.lookup.purpose). */
  purpose: 'spf' | 'mx' | 'dmarc' | 'dkim' | 'mta-sts' | 'tls-rpt';
}

export interface FoundRecord {
  query: PlannedQuery;
  status: 'found' | 'none' | 'error';
  records: string[];
  report?: RecordReport;
}

export interface DomainLookup {
  domain: string;
  found: FoundRecord[];
  spfTree?: SpfNode;
}

const SELECTOR = /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?)*$/i;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

/** A domain as typed ("Example.com.", "user@example.com", "https://example.com/") → "example.com", or null. */
export function normaliseDomain(input: string): string | null {
  const name = input.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').replace(/^.*@/, '').replace(/\.$/, '').toLowerCase();
  return DOMAIN.test(name) ? name : null;
}

/** DKIM selectors as typed, separated by commas or spaces; invalid ones left out. */
export function readSelectors(input: string): string[] {
  return [...new Set(input.split(/[\s,、]+/).map((s) => s.trim().replace(/\._domainkey.*$/i, '').toLowerCase()).filter((s) => SELECTOR.test(s)))];
}

export function plannedQueries(domain: string, selectors: readonly string[]): PlannedQuery[] {
  return [
    { name: domain, type: 'TXT', purpose: 'spf' },
    { name: domain, type: 'MX', purpose: 'mx' },
    { name: `_dmarc.${domain}`, type: 'TXT', purpose: 'dmarc' },
    ...selectors.map((s) => ({ name: `${s}._domainkey.${domain}`, type: 'TXT' as const, purpose: 'dkim' as const })),
    { name: `_mta-sts.${domain}`, type: 'TXT', purpose: 'mta-sts' },
    { name: `_smtp._tls.${domain}`, type: 'TXT', purpose: 'tls-rpt' },
  ];
}

const RELEVANT: Record<PlannedQuery['purpose'], (text: string) => boolean> = {
  spf: isSpfRecord,
  mx: () => true,
  dmarc: (t) => /^v\s*=\s*DMARC1/i.test(t),
  dkim: () => true,
  'mta-sts': (t) => /^v\s*=\s*STSv1/i.test(t),
  'tls-rpt': (t) => /^v\s*=\s*TLSRPTv1/i.test(t),
};

/** Asks every planned name, then the TXT records of the domains the SPF record includes or redirects to. */
export async function lookupDomain(domain: string, selectors: readonly string[], resolve: DnsResolver): Promise<DomainLookup> {
  const ask = remembered(resolve);
  const found: FoundRecord[] = [];
  for (const query of plannedQueries(domain, selectors)) {
    const answer = await ask(query.name, query.type);
    const records = answer.records.filter(RELEVANT[query.purpose]);
    if (answer.status === 'error') found.push({ query, status: 'error', records: [] });
    else if (records.length === 0) found.push({ query, status: 'none', records: [] });
    else found.push({ query, status: 'found', records, report: query.purpose === 'dkim' ? lintDkim(records.join('')) : lintRecord(records.join('\n')) });
  }
  const spf = found[0]!;
  if (spf.status !== 'found') return { domain, found };
  const tree = await spfTree(domain, ask);
  spf.report?.findings.splice(0, spf.report.findings.length, ...spf.report.findings.filter((f) => f.code !== 'spf.lookups-own'), ...treeFindings(tree));
  return { domain, found, spfTree: tree };
}

/** The whole tree's lookup count, the branch that costs most when over the limit, and includes that lead nowhere. */
export function treeFindings(tree: SpfNode): Finding[] {
  const findings: Finding[] = [];
  const chain = costliestChain(tree).map((n) => `${n.domain} (${n.total})`).join(' → ');
  if (tree.total > LOOKUP_LIMIT) findings.push({ severity: 'problem', code: 'spf.lookups-over', values: { count: tree.total, chain } });
  else findings.push({ severity: 'info', code: 'spf.lookups-total', values: { count: tree.total } });
  const walk = (n: SpfNode): void => {
    if (n.via !== 'root' && (n.problem === 'none' || n.problem === 'several' || n.problem === 'syntax' || n.problem === 'loop')) findings.push({ severity: 'problem', code: `spf.branch-${n.problem}`, values: { domain: n.domain } });
    n.children.forEach(walk);
  };
  walk(tree);
  return findings;
}

/** Each name and type asked once per lookup. */
function remembered(resolve: DnsResolver): DnsResolver {
  const answers = new Map<string, Promise<DnsAnswer>>();
  return (name, type) => {
    const key = `${type} ${name.toLowerCase()}`;
    if (!answers.has(key)) answers.set(key, resolve(name, type));
    return answers.get(key)!;
  };
}
