import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeHeaders, parseAuthenticationResults, parseReceived } from '../../../src/lib/headers/index.ts';

const fieldish = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom('Received: ', 'Authentication-Results: ', 'ARC-Authentication-Results: i=1; ', 'From: ', 'X-Forefront-Antispam-Report: ', ' (', ')', ';', '=', '"', '\n ', '\n'),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(''));

describe('the header analyser on arbitrary input', () => {
  it('never throws and stays bounded', () => {
    fc.assert(
      fc.property(fieldish, (text) => {
        const report = analyzeHeaders(text);
        expect(report.hops.length).toBeLessThanOrEqual(100);
        expect(report.findings.length).toBeLessThan(400);
        parseReceived(text);
        parseAuthenticationResults(text);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a huge paste in bounded time', () => {
    const huge = `${'Received: from a by b; 1 Dec 2026 10:00:00 +0000\n'.repeat(20_000)}${'('.repeat(100_000)}`;
    const started = performance.now();
    const report = analyzeHeaders(huge);
    expect(report.hops).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
