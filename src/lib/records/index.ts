export type { DnsAnswer, DnsRecordType, DnsResolver, Finding, RecordKind, RecordReport, Severity, Term } from './types.ts';
export { spfVerdict, type SpfResult, type SpfVerdict } from './spf/evaluate.ts';
export { lintRecord } from './lint.ts';
export { spfTree, costliestChain, type SpfNode } from './spf/tree.ts';
export { lookupDomain, normaliseDomain, plannedQueries, readSelectors, treeFindings, type DomainLookup, type FoundRecord, type PlannedQuery } from './lookup.ts';
export { dohResolver, type DohEndpoint } from './doh.ts';
