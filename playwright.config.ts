import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/browser.ts';

const port = Number(process.env.TEST_PORT ?? 4399);
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: findChromium(),
      // A closed network: keep Chromium from calling home (DEVELOPERS.md).
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  // The tests run against the built site, as it will be deployed.
  webServer: {
    command: `npm run build && npx astro preview --port ${port}`,
    // Canonical and hreflang addresses then point at this server, so the link check covers them too.
    env: { SITE_URL: `http://localhost:${port}`, BASE_PATH: base },
    url: `http://localhost:${port}${base}`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
