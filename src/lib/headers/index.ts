export { analyzeHeaders } from './analyze.ts';
export { parseAuthenticationResults } from './auth-results.ts';
export { looksLikeHeaders } from './recognise.ts';
export { FIELD_TERMS } from './field-terms.ts';
export { parseReceived } from './received.ts';
export type { Alignment, AuthResult, AuthResults, Finding, HeaderReport, Hop, Verdict } from './types.ts';
