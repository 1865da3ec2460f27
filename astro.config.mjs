// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentChecks } from './src/integrations/content-checks.ts';
import { contentDir } from './src/content-dir.ts';

/** Where the site will live. Set SITE_URL (and BASE_PATH for a sub-folder) when you deploy. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'ja'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // github-dark's comment colour fails WCAG contrast on its own background; the default variant passes.
  markdown: { shikiConfig: { theme: 'github-dark-default' } },
  integrations: [
    contentChecks(contentDir),
    mdx(),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', ja: 'ja' } } }),
  ],
  vite: { plugins: [tailwindcss()] },
});
