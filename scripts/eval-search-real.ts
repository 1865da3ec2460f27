/**
 * Measures search as the reader gets it: builds the site, serves it, and runs every query of the
 * query files through /{lang}/search/?q= in Chromium. For each query, is one of the expected
 * pages first (hit@1), in the first three (hit@3), or is there no result at all? Prints the
 * numbers per file, language and group, then every miss with what came first instead.
 *
 *   node scripts/eval-search-real.ts [--dist DIR] [--port 4421] [--misses] [FILE.tsv …]
 *
 * Without files it runs ../shared/search/real-queries-dev.tsv (if present), tests/search/queries.tsv
 * and tests/search/real-style-queries.tsv. A file has a header line naming its columns: `lang`,
 * `query`, `expected` (slugs, separated by `,` or `|`) and a `group` or `note` column. Expected
 * slugs are case slugs, guide slugs, or the tool pages `glossary`, `analyze`, `errors`.
 * With --dist, the built folder is served as it is (no build).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../tests/browser.ts';
import { build, preview } from './bench/astro.ts';

interface QueryRow {
  file: string;
  lang: 'en' | 'ja';
  group: string;
  query: string;
  expected: string[];
}

const root = join(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string' },
    port: { type: 'string', default: '4421' },
    misses: { type: 'boolean', default: false },
  },
});
const defaultFiles = [join(root, '..', 'shared', 'search', 'real-queries-dev.tsv'), join(root, 'tests/search/queries.tsv'), join(root, 'tests/search/real-style-queries.tsv')];
const files = positionals.length > 0 ? positionals : defaultFiles.filter((f) => existsSync(f));

function parseTsv(file: string, tsv: string): QueryRow[] {
  const [header, ...lines] = tsv.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const columns = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells: Record<string, string | undefined> = Object.fromEntries(line.split('\t').map((cell, i) => [columns[i], cell]));
    const note = cells.note ?? '';
    return {
      file: relative(root, file),
      lang: cells.lang as 'en' | 'ja',
      // queries.tsv notes read "error: …" or "words: …": the part before the colon is the group.
      group: cells.group ?? (note.split(':')[0] || 'all'),
      query: unquote(cells.query ?? ''),
      expected: (cells.expected ?? '').split(/[,|]/).map((s) => s.trim()).filter(Boolean),
    };
  });
}

/** A TSV cell in double quotes has its quotes doubled inside. */
function unquote(cell: string): string {
  return cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

/** What a result address names: a case or guide slug, or the tool page. */
function pageOf(path: string): string {
  const m = /\/(?:cases|guides)\/([a-z0-9-]+)\/$/.exec(path) ?? /\/([a-z0-9-]+)\/$/.exec(path);
  return m?.[1] ?? path;
}

async function results(page: Page, lang: string, query: string): Promise<string[]> {
  await page.goto(`${lang}/search/?q=${encodeURIComponent(query)}`);
  const list = page.getByTestId('search-results');
  await list.and(page.locator('[aria-busy="false"]')).waitFor({ state: 'attached', timeout: 15_000 });
  return list.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const rows = (await Promise.all(files.map(async (f) => parseTsv(f, await readFile(f, 'utf8'))))).flat();
const work = values.dist ? null : await mkdtemp(join(tmpdir(), 'todokanai-eval-search-'));
const port = Number(values.port);
try {
  const outDir = values.dist ?? join(work!, 'dist');
  if (!values.dist) {
    console.error('eval-search-real: building the site…');
    await build({ outDir, cacheDir: join(work!, 'cache'), siteUrl: `http://localhost:${port}` });
  }
  const server = await preview(outDir, port);
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    const tally = new Map<string, { n: number; hit1: number; hit3: number; zero: number; misses: string[] }>();
    for (const row of rows) {
      const got = (await results(page, row.lang, row.query)).map(pageOf);
      const rank = got.findIndex((p) => row.expected.includes(p));
      const key = `${row.file}\t${row.lang}\t${row.group}`;
      const t = tally.get(key) ?? { n: 0, hit1: 0, hit3: 0, zero: 0, misses: [] };
      t.n++;
      if (rank === 0) t.hit1++;
      if (rank >= 0 && rank < 3) t.hit3++;
      if (got.length === 0) t.zero++;
      if (rank < 0 || rank >= 3) t.misses.push(`  [${rank < 0 ? '-' : rank + 1}] ${row.query.slice(0, 100)}\n      want ${row.expected.join('|')}; got ${got.slice(0, 3).join(', ') || 'nothing'}`);
      tally.set(key, t);
    }
    const pct = (k: number, n: number) => `${((100 * k) / Math.max(1, n)).toFixed(0)}%`.padStart(5);
    let file = '';
    for (const [key, t] of tally) {
      const [f, lang, group] = key.split('\t');
      if (f !== file) console.log(`\n${(file = f!)}\n  lang  group                 n  hit@1  hit@3  zero`);
      console.log(`  ${lang!.padEnd(5)} ${group!.padEnd(20)} ${String(t.n).padStart(3)}  ${pct(t.hit1, t.n)}  ${pct(t.hit3, t.n)}  ${String(t.zero).padStart(4)}`);
    }
    if (values.misses) {
      for (const [key, t] of tally) if (t.misses.length) console.log(`\nmisses in ${key.replace(/\t/g, ' ')}:\n${t.misses.join('\n')}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
} finally {
  if (work) await rm(work, { recursive: true, force: true });
}
