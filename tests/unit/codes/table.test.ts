import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { missingCodePages } from '../../../src/integrations/content-checks.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { checkCodeTable, codePages, type CodeMeaning } from '../../../src/lib/codes.ts';

const content = join(import.meta.dirname, '../../../content');
const table = parse(readFileSync(join(content, 'codes.yaml'), 'utf8')) as CodeMeaning[];
const caseFiles = readdirSync(join(content, 'cases/en')).filter((n) => n.endsWith('.mdx'));
const caseSlugs = new Set(caseFiles.map((n) => n.replace(/\.mdx$/, '')));
const cases = caseFiles.map((n) => ({ path: `content/cases/en/${n}`, lang: 'en' as const, data: splitFrontmatter(readFileSync(join(content, 'cases/en', n), 'utf8')).data }));

const row = {
  code: '5.2.2', id: 'gmail', provider: 'Gmail', text: '552 5.2.2 over quota',
  meaning: { en: 'Full.', ja: '満杯です。' }, owner: ['recipient'], case: 'mailbox-full',
  source: { title: 'Gmail', url: 'https://support.google.com/a/answer/3726730' }, seen: '2026-11',
};
const entry = (over: Record<string, unknown> = {}, rowOver: Record<string, unknown> = {}) => [{
  codes: ['5.2.2'], name: { en: 'Mailbox full', ja: '容量超過' }, standard: { en: 'Full.', ja: '満杯です。' },
  source: { title: 'RFC 3463', url: 'https://www.rfc-editor.org/rfc/rfc3463' }, providers: [{ ...row, ...rowOver }], ...over,
}];
const check = (value: unknown) => checkCodeTable(value, { caseSlugs: new Set(['mailbox-full']) }, 'content/codes.yaml');

describe('the code table content/codes.yaml', () => {
  it('passes its own checks', () => {
    expect(checkCodeTable(table, { caseSlugs })).toEqual([]);
  });

  it('has a page for every code a case lists', () => {
    expect(missingCodePages(table, cases)).toEqual([]);
  });

  it('shows Gmail’s three different readings of 5.7.26 side by side on one page', () => {
    const page = codePages(table).find((p) => p.code === '5.7.26');
    const gmail = page?.providers.filter((p) => p.provider === 'Gmail') ?? [];
    expect(new Set(gmail.map((p) => p.case)).size).toBeGreaterThanOrEqual(3);
  });

  it('covers Microsoft’s 5.7.5xx–7xx family', () => {
    const codes = new Set(codePages(table).map((p) => p.code));
    for (const code of ['5.7.501', '5.7.506', '5.7.509', '5.7.510', '5.7.511', '5.7.512', '5.7.515', '5.7.606', '5.7.700', '5.7.705', '5.7.708', '5.7.750']) expect(codes).toContain(code);
  });
});

describe('checkCodeTable messages', () => {
  it('accepts a well-formed entry', () => {
    expect(check(entry())).toEqual([]);
  });

  it('names the entry, the field and the fix for a missing Japanese paragraph', () => {
    expect(check(entry({ standard: { en: 'Full.' } }))).toEqual([
      "content/codes.yaml, entry 1 (5.2.2): 'standard' has no ja: write a short paragraph on what the standard says in Japanese",
    ]);
  });

  it('names the row when its case does not exist', () => {
    expect(check(entry({}, { case: 'mailbox-ful' }))).toEqual([
      "content/codes.yaml, entry 1 (5.2.2), provider 'gmail': 'case' must be the slug of a case in content/cases/ (got \"mailbox-ful\")",
    ]);
  });

  it('wants the seen month in the 2026-11 style and an owner from the vocabulary', () => {
    expect(check(entry({}, { seen: 'November 2026', owner: ['admin'] }))).toEqual([
      "content/codes.yaml, entry 1 (5.2.2), provider 'gmail': 'owner' lists who must act, among: you, recipient, recipient-admin, sender, provider; like owner: [sender]",
      "content/codes.yaml, entry 1 (5.2.2), provider 'gmail': 'seen' is the month the text was seen at the source, in quotes, like seen: \"2026-11\"",
    ]);
  });

  it('refuses a provider text that does not carry its code, and a code in two entries', () => {
    expect(check([...entry({}, { text: '552 over quota' }), ...entry({ providers: [] })])).toEqual([
      "content/codes.yaml, entry 1 (5.2.2), provider 'gmail': 'text' does not contain 5.2.2; quote the reply with its code, as the server sends it",
      "content/codes.yaml, entry 2 (5.2.2): '5.2.2' is also in entry 1; a code has one meaning, so keep it in one entry",
    ]);
  });
});

describe('missingCodePages', () => {
  it('names the case file and what to add', () => {
    expect(missingCodePages([{ codes: ['550'] }], [{ path: 'content/cases/en/x.mdx', lang: 'en', data: { codes: ['550', '5.9.9'] } }])).toEqual([
      "content/cases/en/x.mdx: code '5.9.9' has no page; add it to the 'codes' of its meaning in content/codes.yaml (or a new entry)",
    ]);
  });
});
