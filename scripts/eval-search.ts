/**
 * Measures the error matcher on tests/search/queries.tsv: for each `error` row, is one of the
 * expected cases first (hit@1) or in the first three (hit@3)? Prints the numbers per language,
 * then every miss with what came first instead.
 *
 *   node scripts/eval-search.ts [--content content] [--queries tests/search/queries.tsv]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { buildErrorIndex, matchErrors, type ErrorCase, type ErrorIndex } from '../src/lib/search/error-matcher.ts';
import { LANGS, type Lang } from '../src/lib/taxonomy.ts';

interface QueryRow {
  lang: Lang;
  query: string;
  expected: string[];
  note: string;
}

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    queries: { type: 'string', default: 'tests/search/queries.tsv' },
  },
});

async function loadCases(contentDir: string, lang: Lang): Promise<ErrorCase[]> {
  const dir = join(contentDir, 'cases', lang);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
  return Promise.all(
    names.map(async (name) => {
      const { data } = splitFrontmatter(await readFile(join(dir, name), 'utf8'));
      const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
      return { slug: name.replace(/\.mdx$/, ''), codes: strings(data.codes), errors: strings(data.errors) };
    }),
  );
}

function parseQueries(tsv: string): QueryRow[] {
  const [header, ...lines] = tsv.split('\n').filter((l) => l.trim() !== '');
  const columns = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = Object.fromEntries(line.split('\t').map((cell, i) => [columns[i], cell]));
    return {
      lang: cells.lang as Lang,
      query: cells.query ?? '',
      expected: (cells.expected ?? '').split('|').filter(Boolean),
      note: cells.note ?? '',
    };
  });
}

const rows = parseQueries(await readFile(values.queries, 'utf8')).filter((r) => r.note.startsWith('error'));
let failed = false;
for (const lang of LANGS) {
  const cases = await loadCases(values.content, lang);
  const index: ErrorIndex = JSON.parse(JSON.stringify(buildErrorIndex(cases)));
  const known = new Set(cases.map((c) => c.slug));
  const langRows = rows.filter((r) => r.lang === lang);
  const misses: string[] = [];
  let hit1 = 0;
  let hit3 = 0;
  let unanswerable = 0;
  for (const row of langRows) {
    if (!row.expected.some((s) => known.has(s))) unanswerable++;
    const results = matchErrors(index, row.query, 10);
    const rank = results.findIndex((r) => row.expected.includes(r.slug));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank !== 0) {
      const got = results.slice(0, 3).map((r) => `${r.slug} ${r.score}`).join(', ') || 'nothing';
      misses.push(`  [${rank < 0 ? '-' : rank + 1}] ${row.query.slice(0, 110)}\n      want ${row.expected.join('|')}; got ${got}`);
    }
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, langRows.length)).toFixed(1)}%`;
  console.log(
    `${lang}: ${cases.length} cases, index ${JSON.stringify(index).length} bytes; ${langRows.length} error queries` +
      ` (${unanswerable} expect only cases not written yet): hit@1 ${hit1} (${pct(hit1)}), hit@3 ${hit3} (${pct(hit3)})`,
  );
  if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
  failed ||= langRows.length === 0;
}
process.exitCode = failed ? 1 : 0;
