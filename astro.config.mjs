// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentChecks } from './src/integrations/content-checks.ts';
import { contentDir } from './src/content-dir.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

/** Where the site will live. Set SITE_URL (and BASE_PATH for a sub-folder) when you deploy. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
/** Where the build goes; the tests build a second copy under a base path into another folder. */
const outDir = process.env.OUT_DIR ?? './dist';
/** Astro's build cache; `npm run bench` gives each build an empty one, to time cold builds. */
const cacheDir = process.env.CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  output: 'static',
  trailingSlash: 'ignore',
  // Pages render four at a time: while one waits for its files, another is rendered (a 1,000-case build's
  // route generation went from 11.8 s to 9.0 s). Pages share nothing but read-only content lists.
  build: { format: 'directory', concurrency: 4 },
  // Code blocks here are error texts, DNS records and commands: plain, high-contrast text reads best.
  markdown: { syntaxHighlight: false },
  i18n: {
    locales: ['en', 'ja'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // A strict Content-Security-Policy on every page (a <meta> tag; public/_headers repeats it for
  // hosts that send headers). Astro hashes its own inline scripts and styles; Pagefind needs
  // WebAssembly ('wasm-unsafe-eval') and a worker, and the bounce analyser a worker.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [
    contentChecks(contentDir),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } } }),
    pagefindIndex(),
    securityHeaders(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
