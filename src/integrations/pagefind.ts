import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LANGS } from '../lib/taxonomy.ts';

/**
 * Builds the Pagefind full-text index after every build, so that `npm run build` alone gives a
 * searchable site: one bundle per language, dist/pagefind/en/ and dist/pagefind/ja/, each from
 * that language's pages only.
 *
 * The languages are indexed one after the other, each by a Pagefind process of its own that ends
 * when its bundle is written. Japanese pages go through Pagefind's word segmentation, which holds
 * about 1 MB per page until the end: indexed together with the English pages, a 1,000-case build
 * needed 1.24 GB; apart, the largest of the two needs what the Japanese pages alone need. A
 * search reads one language's bundle either way.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'todokanai:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let pages = 0;
        for (const lang of LANGS) pages += await indexLanguage(site, lang);
        logger.info(`indexed ${pages} pages for search`);
      },
    },
  };
}

async function indexLanguage(site: string, lang: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: `${lang}/**/*.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}${lang}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind', lang) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its ${lang} index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
