/**
 * Measures the site and prints what it found; asserts nothing (it fails only when it cannot
 * measure). See README.md, "Measuring".
 *
 * 1. build time of the real site, by phase, and its peak memory
 * 2. build time of a synthetic corpus, likewise
 * 3. page weight before interaction
 * 4. search cost (first search, then a typed query; the first search from a case page)
 * 5. Lighthouse scores and the audits under 1
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build, preview, type BuildResult } from './bench/astro.ts';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { measurePageWeights, type PageWeight } from './bench/page-weight.ts';
import { measureCaseSearchCosts, measureSearchCosts, type CaseSearchCost, type SearchCost } from './bench/search-cost.ts';
import { writeSyntheticContent } from './bench/synthetic.ts';
import { buildTable, caseSearchTable, lighthouseTable, searchTable, syntheticTable, weightTable, type SyntheticBuild } from './bench/tables.ts';
import { findChromium } from '../tests/browser.ts';

interface BenchResults {
  date: string;
  commit: string | null;
  node: string;
  /** Timings depend on the machine and on what else runs on it. */
  machine: { cpus: number; loadAverage: number[] };
  chromium?: string;
  build?: BuildResult;
  pageWeights?: PageWeight[];
  search?: SearchCost[];
  caseSearch?: CaseSearchCost[];
  lighthouse?: LighthouseResult[];
  synthetic?: SyntheticBuild[];
}

const root = join(import.meta.dirname, '..');
const options = readOptions();
const work = await mkdtemp(join(tmpdir(), 'todokanai-bench-'));
const results: BenchResults = {
  date: new Date().toISOString(),
  commit: gitCommit(),
  node: process.version,
  machine: { cpus: availableParallelism(), loadAverage: loadavg().map((n) => Number(n.toFixed(2))) },
};
console.log(`todokanai bench at ${results.commit ?? 'an unknown commit'}: Node ${results.node}, ${results.machine.cpus} CPUs, load average ${results.machine.loadAverage.join(' ')}`);

try {
  await measureRealSite();
  if (options.synthetic > 0) await measureSyntheticBuilds();
} finally {
  await rm(work, { recursive: true, force: true });
}
await mkdir(dirname(options.json), { recursive: true });
await writeFile(options.json, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nResults written to ${options.json}`);

/** Builds the real site, serves it, and measures it in a browser. */
async function measureRealSite(): Promise<void> {
  const outDir = join(work, 'site');
  progress('building the site');
  results.build = await build({ outDir, cacheDir: join(work, 'site-cache'), siteUrl: `http://localhost:${options.port}` });
  console.log(buildTable(results.build));

  const server = await preview(outDir, options.port);
  try {
    const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    try {
      results.chromium = browser.version();
      progress('weighing pages');
      results.pageWeights = await measurePageWeights(browser, server.url);
      console.log(weightTable(results.pageWeights));
      progress('timing searches');
      results.search = await measureSearchCosts(browser, server.url);
      console.log(searchTable(results.search));
      results.caseSearch = await measureCaseSearchCosts(browser, server.url);
      console.log(caseSearchTable(results.caseSearch));
    } finally {
      await browser.close();
    }
    if (options.lighthouse) {
      progress('running Lighthouse');
      results.lighthouse = await runLighthouse(server.url, options.port + 1);
      console.log(lighthouseTable(results.lighthouse));
    }
  } finally {
    server.stop();
  }
}

/** Builds a tenth of the synthetic corpus, then all of it, to show how build time grows. */
async function measureSyntheticBuilds(): Promise<void> {
  results.synthetic = [];
  const sizes = [...new Set([Math.max(1, Math.round(options.synthetic / 10)), options.synthetic])];
  for (const size of sizes) {
    progress(`building a synthetic corpus of ${size} cases per language`);
    const dir = join(work, `synthetic-${size}`);
    await writeSyntheticContent(join(root, 'content'), join(dir, 'content'), size);
    // The other checkout, if any, builds the same corpus right after this one, under the same load.
    for (const project of [undefined, options.compare]) {
      if (project === null) continue;
      const out = join(dir, project === undefined ? 'this' : 'compared');
      const built = await build({ project, contentDir: join(dir, 'content'), outDir: join(out, 'dist'), cacheDir: join(out, 'cache') });
      results.synthetic.push({ casesPerLanguage: size, ...(project === undefined ? {} : { project }), ...built });
      await rm(out, { recursive: true, force: true });
    }
    await rm(dir, { recursive: true, force: true });
  }
  console.log(syntheticTable(results.synthetic));
}

/** What --help prints (a function, so that it exists before the options are read). */
function usage(): string {
  return `Usage: node scripts/bench.ts [options]

  --synthetic N     also build a synthetic corpus of N cases per language, and of N/10 (default 1000)
  --no-synthetic    build only the real site
  --compare DIR     build each synthetic corpus with the checkout in DIR too (a worktree of main,
                    say), right after this one, to compare like with like on a busy machine
  --no-lighthouse   skip Lighthouse
  --json PATH       where to write the results (default bench-results/bench.json)
  --port P          astro preview's port; Lighthouse's Chromium uses P+1 (default 4450)
  --help            this text
`;
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      synthetic: { type: 'string', default: '1000' },
      'no-synthetic': { type: 'boolean', default: false },
      compare: { type: 'string' },
      'no-lighthouse': { type: 'boolean', default: false },
      json: { type: 'string', default: join(root, 'bench-results', 'bench.json') },
      port: { type: 'string', default: '4450' },
    },
  });
  if (values.help) {
    console.log(usage());
    process.exit(0);
  }
  const synthetic = Number(values.synthetic);
  if (!Number.isInteger(synthetic) || synthetic < 1) throw new Error(`--synthetic needs a whole number of cases per language, at least 1 (got ${values.synthetic})`);
  return {
    synthetic: values['no-synthetic'] ? 0 : synthetic,
    /** Another checkout to build the synthetic corpora with; null for none. */
    compare: values.compare ?? null,
    lighthouse: !values['no-lighthouse'],
    json: values.json,
    /** astro preview listens here, Lighthouse's Chromium on the next port. */
    port: Number(values.port),
  };
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function progress(message: string): void {
  console.error(`bench: ${message}…`);
}
