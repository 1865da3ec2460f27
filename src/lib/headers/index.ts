export { parseAuthenticationResults } from './auth-results.ts';
export { parseReceived } from './received.ts';
export type { Alignment, AuthResult, AuthResults, Finding, HeaderReport, Hop, Verdict } from './types.ts';
