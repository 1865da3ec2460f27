/** Runs Astro the way `npm run build` and `npm run preview` do, but into folders the bench chooses. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '..', '..');
/** Astro's own CLI, run by this Node directly: no npx start-up in the timings. */
const astroCli = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildTarget {
  /** Where the content is (CONTENT_DIR); the real content when absent. */
  contentDir?: string;
  outDir: string;
  /** An empty folder for Astro's cache, so every build is timed cold. */
  cacheDir: string;
  siteUrl?: string;
}

export interface BuildResult {
  seconds: number;
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
  const started = performance.now();
  await run(['build'], env);
  const seconds = (performance.now() - started) / 1000;
  const files = await listFiles(target.outDir);
  return {
    seconds,
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

/** Runs the Astro CLI; on failure, throws with the end of its output. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [astroCli, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro ${args.join(' ')} failed (exit ${code}):\n${output}`))));
  });
}

async function listFiles(dir: string): Promise<Array<{ path: string; size: number }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (path) => ({ path, size: (await stat(path)).size })));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
