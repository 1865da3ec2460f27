export { analyzeBounce } from './analyze.ts';
export { ANY_REASON, CASE_RULES, caseFor } from '../diagnosis/index.ts';
export { REASONS, isReason } from './reasons.ts';
export type { Reason } from './reasons.ts';
export type { BounceKind, BounceReport, RecipientReport } from './types.ts';
