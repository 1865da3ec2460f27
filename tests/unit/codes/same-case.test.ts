import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { codePages, type CodeMeaning } from '../../../src/lib/codes.ts';
import { diagnoseText } from '../../../src/lib/diagnosis/index.ts';

const table = parse(readFileSync(join(import.meta.dirname, '../../../content/codes.yaml'), 'utf8')) as CodeMeaning[];
const rows = codePages(table).flatMap((p) => p.providers);

const key = (r: { code: string; id: string }) => `${r.code}#${r.id}`;

/**
 * Code pages, the analyser and search must not disagree about what a provider's reply means. Each
 * row's case is checked against the provider's own page; when they disagree, the provider's page
 * decides which side to fix.
 */
describe('a provider reply on a code page leads the analyser to the case the page names', () => {
  it.each(rows.map((r) => [key(r), r.text, r.case]))('%s', (_name, text, slug) => {
    expect(diagnoseText(text)?.caseSlug ?? null).toBe(slug);
  });
});
