import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, narrowPolicy, policyOfPage } from '../lib/csp.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/**
 * Narrows each page's Content-Security-Policy to the page, then adds the site's policy to
 * dist/_headers (copied from public/_headers), so hosts that read that file send it as a header
 * too. A header can also say what a <meta> can't: that no other site may frame these pages.
 *
 * Astro lists in every page's policy the hashes of all the site's scripts and styles (0.3 KB gzip
 * a page doesn't use); each page keeps those of its own inline ones (narrowPolicy). This runs
 * after Pagefind, which reads the pages' text, not their heads.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'todokanai:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = (
          await inBatches(await htmlFiles(root), async (file) => {
            const html = await readFile(file, 'utf8');
            const narrowed = narrowPolicy(html, sha256);
            if (narrowed !== html) await writeFile(file, narrowed);
            return policyOfPage(narrowed);
          })
        ).filter((p): p is string => Boolean(p));
        const headersFile = join(root, '_headers');
        const headers = await readFile(headersFile, 'utf8');
        const policy = mergePolicies(policies, ["frame-ancestors 'none'"]);
        await writeFile(headersFile, headers.replace(/^\/\*\n/m, `/*\n  Content-Security-Policy: ${policy}\n`));
        logger.info(`Content-Security-Policy for ${policies.length} pages, each narrowed to the page, written to _headers`);
      },
    },
  };
}

/** Files read this many at a time: a build has thousands of pages, and each read waits on the disk. */
const FILES_AT_ONCE = 32;

async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += FILES_AT_ONCE) results.push(...(await Promise.all(items.slice(i, i + FILES_AT_ONCE).map(work))));
  return results;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
