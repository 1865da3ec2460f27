import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LANGS } from '../lib/taxonomy.ts';

/**
 * Builds the Pagefind full-text index after every build, so that `npm run build` alone gives a
 * searchable site: one bundle per language, dist/pagefind/en/ and dist/pagefind/ja/, each from
 * that language's pages only.
 *
 * Each language is indexed by a Pagefind process of its own, both at once (each from a worker
 * thread, since Pagefind's Node API keeps one process per module instance). Japanese pages go
 * through Pagefind's word segmentation, which holds about 1 MB per page until the end: indexed
 * together with the English pages, a 1,000-case build needed one process of 1.24 GB; apart, the
 * largest needs what the Japanese pages alone need (1.04 GB), and the English index (2.3 s) is
 * made while the Japanese one is (6.1 s). A search reads one language's bundle either way.
 */
export function pagefindIndex(): AstroIntegration {
  let root: URL;
  return {
    name: 'todokanai:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const worker = new URL('src/integrations/pagefind-worker.ts', root);
        const pages = await Promise.all(LANGS.map((lang) => inWorker(worker, { site, lang })));
        logger.info(`indexed ${pages.reduce((a, b) => a + b, 0)} pages for search`);
      },
    },
  };
}

/** What a worker is asked to index. */
export interface IndexJob {
  site: string;
  lang: string;
}

function inWorker(script: URL, job: IndexJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.once('message', (result: { pages: number } | { error: string }) => ('error' in result ? reject(new Error(result.error)) : resolve(result.pages)));
    worker.once('error', reject);
    // After its answer this changes nothing; without one, the build must not wait forever.
    worker.once('exit', (code) => reject(new Error(`Pagefind's ${job.lang} worker stopped (code ${code}) without indexing`)));
  });
}

/** Indexes one language's pages of the built site into its bundle; the number of pages indexed. */
export async function indexLanguage({ site, lang }: IndexJob): Promise<number> {
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
