/** Every finding and term the record checks can give has its words in both languages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { ja } from '../../../src/i18n/ja.ts';

const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'lib', 'records');
// services.ts checks the content file; its messages name YAML fields, not findings.
const source = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'services.ts').map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
/** Codes written out, and the ones built from a value ("dmarc.policy-${policy}"), with the values they take. */
const literal = [...source.matchAll(/'((?:spf|dmarc|dkim|mx|mta-sts|tls-rpt|bimi|record)\.[a-z0-9.-]+)'/g)].map((m) => m[1]!);
const built = [
  ...['none', 'quarantine', 'reject'].map((p) => `dmarc.policy-${p}`),
  ...['testing', 'none'].map((m) => `mta-sts.mode-${m}`),
  ...['none', 'several', 'syntax', 'loop'].map((p) => `spf.branch-${p}`),
];

test('every finding code has its text and fix in English and Japanese', () => {
  const findingCodes = [...new Set([...literal, ...built])].filter((c) => !/\.(tag|term|field)\./.test(c));
  expect(findingCodes.length).toBeGreaterThan(80);
  for (const code of findingCodes) {
    for (const strings of [en, ja]) expect((strings.check.findings as Record<string, { text: string; fix: string }>)[code]?.fix, code).toBeTruthy();
  }
});

test('every term code has its explanation in English and Japanese', () => {
  const termCodes = [...new Set(literal.filter((c) => /\.(tag|term|field)\./.test(c)))];
  const templated = ['v', 'p', 'sp', 'np', 'psd', 't', 'adkim', 'aspf', 'rua', 'ruf', 'fo', 'pct', 'rf', 'ri'].map((t) => `dmarc.tag.${t}`)
    .concat(['v', 'g', 'h', 'k', 'n', 'p', 's', 't'].map((t) => `dkim.tag.${t}`))
    .concat(['version', 'include', 'a', 'a-self', 'mx', 'mx-self', 'ptr', 'ptr-self', 'ip4', 'ip6', 'exists', 'all', 'redirect', 'exp', 'modifier'].map((t) => `spf.term.${t}`))
    .concat(['version', 'mode', 'mx', 'max_age'].map((f) => `mta-sts.field.${f}`), ['v', 'id'].map((t) => `mta-sts.tag.${t}`), ['v', 'rua'].map((t) => `tls-rpt.tag.${t}`), ['v', 'l', 'a'].map((t) => `bimi.tag.${t}`));
  for (const code of new Set([...termCodes, ...templated])) {
    for (const strings of [en, ja]) expect((strings.check.terms as unknown as Record<string, string>)[code], code).toBeTruthy();
  }
});
