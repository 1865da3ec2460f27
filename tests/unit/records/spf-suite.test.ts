/**
 * The openspf RFC 7208 test suite (tests/fixtures/spf/rfc7208-tests.yml, BSD-3, licence beside it),
 * every scenario and every test, through spfVerdict() with a resolver built from the scenario's
 * zone data. An expected explanation of "DEFAULT" means the implementation's own default text:
 * we give none, so the test checks that there is none.
 *
 * Skipped: none.
 *
 * One expected explanation is compared without regard to case: v-macro-ip6 expects %{ir} of the
 * client CAFE:BABE::1 in capitals (the reference implementation keeps the case the address was
 * written in), while RFC 7208 §7.4's own example writes the nibbles in small letters, as we do.
 * DNS names are case-insensitive; the result (fail) and every other character must match.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { spfVerdict } from '../../../src/lib/records/index.ts';
import { zoneResolver, type ZoneData } from '../../dns/zone.ts';

interface SuiteTest {
  host: string;
  mailfrom: string;
  helo: string;
  result: string | string[];
  explanation?: string;
  spec: string | string[];
}
interface Scenario {
  description: string;
  tests: Record<string, SuiteTest>;
  zonedata: ZoneData;
}

const CASE_INSENSITIVE_EXPLANATION = new Set(['v-macro-ip6']);

const file = new URL('../../fixtures/spf/rfc7208-tests.yml', import.meta.url);
const scenarios = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS() as Scenario).filter((s) => s?.tests);

test('the suite has its 16 scenarios and 203 tests', () => {
  expect(scenarios).toHaveLength(16);
  expect(scenarios.reduce((n, s) => n + Object.keys(s.tests).length, 0)).toBe(203);
});

for (const scenario of scenarios) {
  describe(scenario.description, () => {
    const resolve = zoneResolver(scenario.zonedata ?? {});
    for (const [id, t] of Object.entries(scenario.tests)) {
      test(id, async () => {
        const verdict = await spfVerdict({ ip: t.host, mailFrom: t.mailfrom, helo: t.helo }, resolve);
        const expected = Array.isArray(t.result) ? t.result : [t.result];
        expect(expected, `spec ${t.spec}`).toContain(verdict.result);
        if (t.explanation !== undefined && verdict.result === 'fail') {
          const wanted = t.explanation === 'DEFAULT' ? undefined : t.explanation;
          if (CASE_INSENSITIVE_EXPLANATION.has(id)) expect(verdict.explanation?.toLowerCase()).toBe(wanted?.toLowerCase());
          else expect(verdict.explanation).toBe(wanted);
        }
      });
    }
  });
}
