/**
 * The include/redirect tree of a domain's SPF record, with what each branch costs in DNS lookups,
 * for a looked-up domain: the limit of 10 applies to the whole tree, not to one record.
 */
import type { DnsResolver } from '../types.ts';
import { ownLookups } from './lint.ts';
import { isSpfRecord, parseSpf } from './parse.ts';

export interface SpfNode {
  domain: string;
  via: 'root' | 'include' | 'redirect';
  record?: string;
  /** Why the record could not be read: none found, several, a DNS error, a syntax error, or a name built from macros at check time. */
  problem?: 'none' | 'several' | 'dns-error' | 'syntax' | 'macro' | 'loop';
  /** Lookups the record's own terms cost. */
  own: number;
  /** own plus the totals of the included and redirected records. */
  total: number;
  children: SpfNode[];
}

const MAX_DEPTH = 12;

export async function spfTree(domain: string, resolve: DnsResolver): Promise<SpfNode> {
  return node(domain, 'root', resolve, [], 0);
}

async function node(domain: string, via: SpfNode['via'], resolve: DnsResolver, path: string[], depth: number): Promise<SpfNode> {
  const base: SpfNode = { domain, via, own: 0, total: 0, children: [] };
  if (domain.includes('%')) return { ...base, problem: 'macro' };
  const key = domain.toLowerCase().replace(/\.$/, '');
  if (path.includes(key) || depth > MAX_DEPTH) return { ...base, problem: 'loop' };
  const answer = await resolve(key, 'TXT');
  if (answer.status === 'error') return { ...base, problem: 'dns-error' };
  const records = answer.status === 'ok' ? answer.records.filter(isSpfRecord) : [];
  if (records.length === 0) return { ...base, problem: 'none' };
  if (records.length > 1) return { ...base, problem: 'several', record: records.join('\n') };
  const record = records[0]!;
  const parsed = parseSpf(record);
  if (!parsed.ok) return { ...base, record, problem: 'syntax' };
  const own = ownLookups(parsed.record);
  const hasAll = parsed.record.terms.some((t) => t.type === 'mechanism' && t.name === 'all');
  const targets = parsed.record.terms.flatMap((t): Array<{ domain: string; via: SpfNode['via'] }> => {
    if (t.type === 'mechanism' && t.name === 'include') return [{ domain: t.domain!, via: 'include' }];
    if (t.type === 'modifier' && t.name === 'redirect' && !hasAll) return [{ domain: t.value, via: 'redirect' }];
    return [];
  });
  const children: SpfNode[] = [];
  for (const t of targets) children.push(await node(t.domain, t.via, resolve, [...path, key], depth + 1));
  return { ...base, record, own, total: own + children.reduce((n, c) => n + c.total, 0), children };
}

/** The branch that costs most, as a path of domains from the root: where to cut when over the limit. */
export function costliestChain(root: SpfNode): SpfNode[] {
  const heaviest = root.children.reduce<SpfNode | undefined>((best, c) => (!best || c.total > best.total ? c : best), undefined);
  return heaviest ? [heaviest, ...costliestChain(heaviest)] : [];
}

