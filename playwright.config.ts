import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/browser.ts';

const port = Number(process.env.TEST_PORT ?? 4399);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: findChromium(),
      // A closed network: keep Chromium from calling home (DEVELOPERS.md).
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'site', testIgnore: /base-path/ },
    // The same checks that depend on addresses, on a build under a base path (/kb/).
    { name: 'base-path', testMatch: /(links|base-path)\.spec\.ts/, use: { baseURL: `http://localhost:${port + 1}/kb/` } },
  ],
  // The tests run against the built site, as it will be deployed: see tests/serve-built-sites.ts.
  webServer: {
    command: 'node tests/serve-built-sites.ts',
    url: `http://localhost:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
