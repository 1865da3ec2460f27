/**
 * Builds the site twice, as it will be deployed (at the root, and under the base path /kb/), and
 * serves both with `astro preview` for the browser tests. Playwright starts this once per run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { startDohStandIn } from './dns/doh-stand-in.ts';

const port = Number(process.env.TEST_PORT ?? 4399);
const basePort = port + 1;
/** The record checker's lookup asks this local DNS-over-HTTPS stand-in, never the internet. */
const dohPort = port + 2;
const dohUrl = `http://localhost:${dohPort}/dns-query`;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
/** Feedback links appear only when configured: the /kb/ build is configured, the root build is not. */
const FEEDBACK_ENV = { REPO_URL: 'https://git.example.org/team/todokanai', REPO_BRANCH: 'main', FEEDBACK_EMAIL: 'mail-help@example.org' };
const sites = [
  { base: '/kb/', outDir: 'dist-kb', port: basePort, env: FEEDBACK_ENV },
  { base: '/', outDir: 'dist', port, env: { REPO_URL: '', FEEDBACK_EMAIL: '' } },
];

const children: ChildProcess[] = [];
const dohServer = await startDohStandIn(dohPort);
const stop = () => (children.forEach((c) => c.kill()), dohServer.close());
process.on('SIGTERM', () => (stop(), process.exit(0)));
process.on('SIGINT', () => (stop(), process.exit(0)));

for (const site of sites) {
  // SITE_URL makes canonical and hreflang addresses point at this server, so the link check covers them too.
  const env = { ...process.env, ...site.env, SITE_URL: `http://localhost:${site.port}`, BASE_PATH: site.base, OUT_DIR: site.outDir, DOH_RESOLVER_URL: dohUrl };
  execFileSync(npx, ['astro', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}
// The base-path site first: Playwright waits for the root site's address, which comes last.
for (const site of sites) {
  const env = { ...process.env, BASE_PATH: site.base, OUT_DIR: site.outDir };
  const child = spawn(npx, ['astro', 'preview', '--ignore-lock', '--port', String(site.port)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  await waitFor(`http://localhost:${site.port}${site.base}`);
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}
