/** Runs Astro the way `npm run build` and `npm run preview` do, but into folders the bench chooses. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildPhases, contentChecksSeconds, type BuildPhase, type LogLine } from './build-phases.ts';
import { watchMemory, type MemoryPeak } from './memory.ts';

const root = join(import.meta.dirname, '..', '..');
/** Astro's own CLI, run by this Node directly: no npx start-up in the timings. */
const astroCli = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildTarget {
  /** The project to build (another checkout, to compare); this one when absent. */
  project?: string;
  /** Where the content is (CONTENT_DIR); the real content when absent. */
  contentDir?: string;
  outDir: string;
  /** An empty folder for Astro's cache, so every build is timed cold. */
  cacheDir: string;
  siteUrl?: string;
}

export interface BuildResult {
  seconds: number;
  /** Where the time went, from Astro's log (see build-phases.ts). */
  phases: BuildPhase[];
  /** What the content checks report as their own time (part of start-up). */
  contentChecksSeconds: number | null;
  /** The machine's 1, 5 and 15 minute load averages when the build started and when it ended: other work on it slows builds. */
  loadAverage: { start: number[]; end: number[] };
  /** The most memory the build held (Astro's Node and Pagefind's binary); null where /proc is missing. */
  peakMemory: MemoryPeak | null;
  /** HTML pages in the output. */
  pages: number;
  /** Everything in the output folder. */
  distBytes: number;
  /** The Pagefind folder (index, fragments, its scripts and wasm). */
  pagefindBytes: number;
}

/** Builds the site into target.outDir and measures the wall time and what came out. */
export async function build(target: BuildTarget): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: target.outDir, CACHE_DIR: target.cacheDir, FORCE_COLOR: '0' };
  if (target.contentDir) env.CONTENT_DIR = target.contentDir;
  if (target.siteUrl) env.SITE_URL = target.siteUrl;
  const loadAtStart = loadAverage();
  const started = performance.now();
  const { lines, peakMemory } = await run(['build'], env, target.project ?? root);
  const seconds = (performance.now() - started) / 1000;
  const loadAtEnd = loadAverage();
  const files = await listFiles(target.outDir);
  return {
    seconds,
    phases: buildPhases(lines),
    contentChecksSeconds: contentChecksSeconds(lines),
    peakMemory,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    pages: files.filter((f) => f.path.endsWith('.html')).length,
    distBytes: sum(files.map((f) => f.size)),
    pagefindBytes: sum(files.filter((f) => f.path.startsWith(join(target.outDir, 'pagefind'))).map((f) => f.size)),
  };
}

/** `astro preview` of a built folder, until stop() is called. */
export async function preview(outDir: string, port: number): Promise<{ url: string; stop: () => void }> {
  const url = `http://localhost:${port}/`;
  if (await answers(url)) throw new Error(`port ${port} is already in use; pass --port with a free one`);
  const env = { ...process.env, OUT_DIR: outDir, BASE_PATH: '/' };
  const child = spawn(process.execPath, [astroCli, 'preview', '--ignore-lock', '--port', String(port)], { cwd: root, env, stdio: 'ignore' });
  const stop = () => void child.kill();
  for (let i = 0; i < 300; i++) {
    if (await answers(url)) return { url, stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`astro preview did not answer on ${url}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/**
 * Runs the Astro CLI and returns its output lines, each stamped with when it arrived, and the
 * peak memory of it and its children; on failure, throws with the end of its output.
 */
function run(args: string[], env: NodeJS.ProcessEnv, project: string): Promise<{ lines: LogLine[]; peakMemory: MemoryPeak | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cli = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const child: ChildProcess = spawn(process.execPath, [cli, ...args], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = child.pid === undefined ? null : watchMemory(child.pid);
    const lines: LogLine[] = [];
    const partial = { stdout: '', stderr: '' };
    const keep = (stream: keyof typeof partial) => (chunk: Buffer) => {
      const at = (performance.now() - started) / 1000;
      const parts = (partial[stream] + chunk.toString()).split('\n');
      partial[stream] = parts.pop() ?? '';
      for (const text of parts) lines.push({ at, text });
    };
    child.stdout?.on('data', keep('stdout'));
    child.stderr?.on('data', keep('stderr'));
    child.on('error', reject);
    child.on('close', async (code) => {
      for (const text of Object.values(partial).filter((t) => t !== '')) lines.push({ at: (performance.now() - started) / 1000, text });
      const peakMemory = (await memory?.stop()) ?? null;
      const output = lines.slice(-80).map((l) => l.text).join('\n');
      if (code === 0) resolve({ lines, peakMemory });
      else reject(new Error(`astro ${args.join(' ')} failed (exit ${code}):\n${output}`));
    });
  });
}

async function listFiles(dir: string): Promise<Array<{ path: string; size: number }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (path) => ({ path, size: (await stat(path)).size })));
}

export function loadAverage(): number[] {
  return loadavg().map((n) => Number(n.toFixed(2)));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
