export type { DnsAnswer, DnsRecordType, DnsResolver, Finding, RecordKind, RecordReport, Severity, Term } from './types.ts';
export { spfVerdict, type SpfResult, type SpfVerdict } from './spf/evaluate.ts';
